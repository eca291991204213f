//! The demo's asset library — a product datasheet (PDF) with co-branding
//! zones, a banner image, a co-branded customer e-mail, a landing page
//! (published by the demo partner) and a social post,
//! titled in all five languages, published for every tier, through the same
//! storage and services as real uploads — and its two campaigns.

use bytes::Bytes;
use diesel::prelude::*;

use crate::campaigns::assets::{self as model, AssetKind, AssetStatus, NewAsset};
use crate::db::AnyConnection;
use crate::db::schema::assets;
use crate::i18n::Locale;
use crate::storage::files;
use crate::storage::samples;
use crate::storage::store::{Area, Storage};
use crate::tenancy::scope::{TenantScope, scoped};

type Texts = [(Locale, &'static str, &'static str); 5];

const DATASHEET: Texts = [
    (Locale::EnUs, "Northwind Edge Router — datasheet", "Specifications, licensing and ordering codes of the Edge Router family."),
    (Locale::DeDe, "Northwind Edge Router – Datenblatt", "Technische Daten, Lizenzen und Bestellnummern der Edge-Router-Familie."),
    (
        Locale::FrFr,
        "Northwind Edge Router — fiche technique",
        "Caractéristiques, licences et références de commande de la gamme Edge Router.",
    ),
    (Locale::EsEs, "Northwind Edge Router: ficha técnica", "Especificaciones, licencias y códigos de pedido de la familia Edge Router."),
    (Locale::JaJp, "Northwind Edge Router データシート", "Edge Router シリーズの仕様、ライセンス、注文コード。"),
];

const BANNER: Texts = [
    (Locale::EnUs, "Web banner: secure branch networking", "A 1200 × 400 banner for partner websites and newsletters."),
    (Locale::DeDe, "Webbanner: sichere Filialvernetzung", "Ein Banner mit 1200 × 400 Pixeln für Partner-Websites und Newsletter."),
    (Locale::FrFr, "Bannière web : réseau d’agences sécurisé", "Une bannière 1200 × 400 pour les sites et newsletters des partenaires."),
    (Locale::EsEs, "Banner web: redes seguras para sucursales", "Un banner de 1200 × 400 para webs y boletines de socios."),
    (Locale::JaJp, "Web バナー：安全な拠点ネットワーク", "パートナーのサイトやニュースレター向けの 1200 × 400 のバナーです。"),
];

const EMAIL: Texts = [
    (Locale::EnUs, "Customer e-mail: meet the Edge Router", "A co-branded e-mail partners send to their customers."),
    (Locale::DeDe, "Kunden-E-Mail: der Edge Router", "Eine Co-Branding-E-Mail, die Partner an ihre Kunden senden."),
    (Locale::FrFr, "E-mail client : découvrez l’Edge Router", "Un e-mail co-marqué que les partenaires envoient à leurs clients."),
    (Locale::EsEs, "Correo para clientes: conozca el Edge Router", "Un correo de marca compartida que los socios envían a sus clientes."),
    (Locale::JaJp, "顧客向けメール：Edge Router のご紹介", "パートナーが顧客に送る共同ブランディングのメールです。"),
];

const EMAIL_SUBJECT: &str = "{{partner_name}} and {{tenant_name}}: secure branch offices";
const EMAIL_HTML: &str = "<div style=\"font-family:sans-serif;max-width:560px\">{{partner_logo}}\n<h1 style=\"color:#0b5cad\">Secure every branch office</h1>\n<p>{{partner_name}} now offers the {{tenant_name}} Edge Router: SD-WAN and a firewall in one box.</p>\n<p>Talk to {{contact_name}} at {{contact_email}} or {{contact_phone}}, or visit {{partner_website}}.</p>\n</div>";
const EMAIL_TEXT: &str = "Secure every branch office\n\n{{partner_name}} now offers the {{tenant_name}} Edge Router.\nTalk to {{contact_name}} at {{contact_email}} or {{contact_phone}}, or visit {{partner_website}}.";

const SOCIAL: Texts = [
    (Locale::EnUs, "Social post: the Edge Router is here", "A post for LinkedIn and other networks, with the banner."),
    (Locale::DeDe, "Social-Media-Beitrag: der Edge Router ist da", "Ein Beitrag für LinkedIn und andere Netzwerke, mit dem Banner."),
    (Locale::FrFr, "Publication sociale : l’Edge Router est là", "Une publication pour LinkedIn et d’autres réseaux, avec la bannière."),
    (Locale::EsEs, "Publicación social: llega el Edge Router", "Una publicación para LinkedIn y otras redes, con el banner."),
    (Locale::JaJp, "SNS 投稿：Edge Router 登場", "LinkedIn などの SNS 向けの、バナー付き投稿です。"),
];

const SOCIAL_TEXT: &str = "{{partner_name}} now offers the {{tenant_name}} Edge Router: SD-WAN and a firewall in one box for every branch office. Talk to us: {{partner_website}}";

const LANDING: Texts = [
    (Locale::EnUs, "Landing page: secure branch offices", "A page partners publish under their own brand, with a contact form."),
    (
        Locale::DeDe,
        "Landingpage: sichere Filialen",
        "Eine Seite, die Partner unter ihrer eigenen Marke veröffentlichen, mit Kontaktformular.",
    ),
    (
        Locale::FrFr,
        "Page d’atterrissage : des agences sécurisées",
        "Une page que les partenaires publient sous leur marque, avec un formulaire de contact.",
    ),
    (
        Locale::EsEs,
        "Página de destino: sucursales seguras",
        "Una página que los socios publican con su propia marca, con formulario de contacto.",
    ),
    (
        Locale::JaJp,
        "ランディングページ：安全な拠点ネットワーク",
        "パートナーが自社ブランドで公開する、問い合わせフォーム付きのページです。",
    ),
];

const LANDING_HEADLINE: &str = "{{partner_name}}: secure every branch office";
const LANDING_HTML: &str = "<div style=\"font-family:sans-serif;max-width:640px;margin:0 auto;padding:1rem\">{{partner_logo}}\n<h2 style=\"color:#0b5cad\">SD-WAN and a firewall in one box</h2>\n<p>{{partner_name}} installs and runs the {{tenant_name}} Edge Router for offices of every size: one box, one console, no surprises.</p>\n<ul><li>Zero-touch roll-out to new branches</li><li>Encrypted links between every site</li><li>Support from {{partner_name}}, near you</li></ul>\n<p>Questions? {{contact_name}} answers at {{contact_email}} or {{contact_phone}}.</p>\n</div>";

/// A banner in the demo's brand colours (a gradient with a band).
fn banner_png() -> Vec<u8> {
    let image = image::RgbImage::from_fn(1200, 400, |x, y| {
        let t = x as f32 / 1200.0;
        let band = (150..250).contains(&y);
        let (r, g, b) = if band { (255.0, 255.0, 255.0) } else { (11.0 + 183.0 * t, 92.0 - 27.0 * t, 173.0 - 161.0 * t) };
        image::Rgb([r as u8, g as u8, b as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// One demo asset: what it is and its file.
struct DemoAsset<'a> {
    kind: AssetKind,
    texts: &'a Texts,
    tags: &'a [&'a str],
    bytes: Vec<u8>,
    name: &'a str,
    template: model::TemplateParts,
}

fn add(conn: &mut AnyConnection, storage: &Storage, scope: &TenantScope, user: i64, demo: DemoAsset<'_>) -> anyhow::Result<i64> {
    let DemoAsset { kind, texts, tags, bytes, name, template } = demo;
    let prepared = files::prepare_blocking(storage, scope, Area::Assets, Bytes::from(bytes), kind.accepts(), name)?
        .map_err(|refusal| anyhow::anyhow!("the demo's {name} was refused: {refusal:?}"))?;
    let (first, rest) = texts.split_first().ok_or_else(|| anyhow::anyhow!("no texts"))?;
    let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
    let new = NewAsset {
        kind,
        status: AssetStatus::Published,
        locale: first.0,
        title: first.1,
        description: first.2,
        tags: &tags,
        tier_ids: &[],
    };
    crate::db::transaction(conn, |c| -> anyhow::Result<i64> {
        let asset = model::create(c, scope, user, &new, &prepared, &template)?;
        for (locale, title, description) in rest {
            model::set_text(c, scope, asset.id, *locale, title, description)?;
        }
        Ok(asset.id)
    })
}

/// The datasheet's co-branding: a band at the foot of the page with the
/// partner's logo, name, contact and website (a link).
const DATASHEET_ZONES: [(i32, i32, i32, i32, &str); 4] = [
    (8, 76, 55, 6, "{{partner_name}}"),
    (8, 83, 55, 4, "{{contact_name}} · {{contact_email}} · {{contact_phone}}"),
    (8, 88, 55, 3, "{{partner_website}}"),
    (66, 75, 26, 16, crate::campaigns::zones::LOGO),
];

/// Adds the demo's assets once (a tenant that has assets is left as it is).
pub fn seed(conn: &mut AnyConnection, storage: &Storage, scope: &TenantScope, editor: i64) -> anyhow::Result<usize> {
    let existing: i64 = scoped!(assets, scope).count().get_result(conn)?;
    if existing > 0 {
        return Ok(0);
    }
    let pdf =
        samples::datasheet_pdf("Northwind Edge Router", "Secure SD-WAN for branch offices - datasheet", "https://northwind.example/edge");
    let none = model::TemplateParts::default;
    let datasheet = DemoAsset {
        kind: AssetKind::Pdf,
        texts: &DATASHEET,
        tags: &["datasheet", "edge router"],
        bytes: pdf,
        name: "northwind-edge-router.pdf",
        template: none(),
    };
    let datasheet = add(conn, storage, scope, editor, datasheet)?;
    for (x, y, width, height, content) in DATASHEET_ZONES {
        let zone = crate::campaigns::zones::NewZone { page: 1, x, y, width, height, content: content.to_string() };
        crate::campaigns::zones::add(conn, scope, datasheet, &zone)?;
    }
    let banner = DemoAsset {
        kind: AssetKind::Image,
        texts: &BANNER,
        tags: &["banner", "web"],
        bytes: banner_png(),
        name: "branch-banner.png",
        template: none(),
    };
    add(conn, storage, scope, editor, banner)?;
    let email = DemoAsset {
        kind: AssetKind::Email,
        texts: &EMAIL,
        tags: &["e-mail", "edge router"],
        bytes: EMAIL_HTML.as_bytes().to_vec(),
        name: "template.html",
        template: model::TemplateParts { subject: EMAIL_SUBJECT.into(), body_text: EMAIL_TEXT.into() },
    };
    add(conn, storage, scope, editor, email)?;
    let landing = DemoAsset {
        kind: AssetKind::Landing,
        texts: &LANDING,
        tags: &["landing page", "edge router"],
        bytes: LANDING_HTML.as_bytes().to_vec(),
        name: "landing.html",
        template: model::TemplateParts { subject: LANDING_HEADLINE.into(), body_text: String::new() },
    };
    let landing = add(conn, storage, scope, editor, landing)?;
    let social = DemoAsset {
        kind: AssetKind::Social,
        texts: &SOCIAL,
        tags: &["social", "edge router"],
        bytes: banner_png(),
        name: "edge-router-post.png",
        template: model::TemplateParts { subject: String::new(), body_text: SOCIAL_TEXT.into() },
    };
    add(conn, storage, scope, editor, social)?;
    // The demo partner has published it, so the demo shows a live page.
    use crate::db::schema::organisations;
    let partner: Option<(i64, String)> = scoped!(organisations, scope)
        .filter(organisations::name.eq(super::tenant::DEMO_PARTNER))
        .select((organisations::id, organisations::name))
        .first(conn)
        .optional()?;
    if let Some((org_id, name)) = partner {
        crate::campaigns::landing::publish(conn, scope, org_id, &name, landing)?;
    }
    Ok(5)
}

type CampaignTexts = [(Locale, &'static str, &'static str); 5];

const SPRING: CampaignTexts = [
    (
        Locale::EnUs,
        "Secure branch offices",
        "Offer the Edge Router to customers opening or renewing branch offices. Use the datasheet and the banner.",
    ),
    (
        Locale::DeDe,
        "Sichere Filialen",
        "Bieten Sie den Edge Router Kunden an, die Filialen eröffnen oder erneuern. Nutzen Sie Datenblatt und Banner.",
    ),
    (
        Locale::FrFr,
        "Des agences sécurisées",
        "Proposez l’Edge Router aux clients qui ouvrent ou renouvellent des agences. Utilisez la fiche technique et la bannière.",
    ),
    (
        Locale::EsEs,
        "Sucursales seguras",
        "Ofrezca el Edge Router a clientes que abren o renuevan sucursales. Use la ficha técnica y el banner.",
    ),
    (
        Locale::JaJp,
        "安全な拠点ネットワーク",
        "拠点を新設・更新するお客様に Edge Router を提案しましょう。データシートとバナーをご利用ください。",
    ),
];

const GOLD: CampaignTexts = [
    (Locale::EnUs, "Gold partners: year-end upgrade offer", "Early access for Gold partners to the year-end upgrade programme."),
    (
        Locale::DeDe,
        "Gold-Partner: Upgrade-Angebot zum Jahresende",
        "Frühzeitiger Zugang für Gold-Partner zum Upgrade-Programm zum Jahresende.",
    ),
    (
        Locale::FrFr,
        "Partenaires Gold : offre de mise à niveau de fin d’année",
        "Accès anticipé des partenaires Gold au programme de mise à niveau de fin d’année.",
    ),
    (
        Locale::EsEs,
        "Socios Gold: oferta de actualización de fin de año",
        "Acceso anticipado de los socios Gold al programa de actualización de fin de año.",
    ),
    (Locale::JaJp, "Gold パートナー向け：年末アップグレード特典", "年末アップグレードプログラムへの Gold パートナー先行アクセス。"),
];

/// Two campaigns once: one running for every tier with the demo's assets,
/// one scheduled for the Gold tier.
pub fn seed_campaigns(conn: &mut AnyConnection, scope: &TenantScope, editor: i64) -> anyhow::Result<usize> {
    use crate::campaigns::campaign::{self as campaigns, CampaignInput};
    use crate::db::schema::campaigns as table;
    let existing: i64 = scoped!(table, scope).count().get_result(conn)?;
    if existing > 0 {
        return Ok(0);
    }
    let today = crate::db::now().date();
    let asset_ids: Vec<i64> = scoped!(assets, scope).order(assets::id.asc()).select(assets::id).load(conn)?;
    let gold: Vec<i64> = crate::tenancy::model::tiers(conn, scope)?.into_iter().filter(|t| t.name == "Gold").map(|t| t.id).collect();
    struct Plan<'a> {
        texts: &'a CampaignTexts,
        starts_on: chrono::NaiveDate,
        ends_on: chrono::NaiveDate,
        tier_ids: &'a [i64],
        asset_ids: &'a [i64],
    }
    let plans = [
        Plan {
            texts: &SPRING,
            starts_on: today - chrono::Duration::days(7),
            ends_on: today + chrono::Duration::days(45),
            tier_ids: &[],
            asset_ids: &asset_ids,
        },
        Plan {
            texts: &GOLD,
            starts_on: today + chrono::Duration::days(20),
            ends_on: today + chrono::Duration::days(60),
            tier_ids: &gold,
            asset_ids: &asset_ids[..asset_ids.len().min(1)],
        },
    ];
    for Plan { texts, starts_on, ends_on, tier_ids, asset_ids } in plans {
        let (first, rest) = texts.split_first().ok_or_else(|| anyhow::anyhow!("no texts"))?;
        let input =
            CampaignInput { locale: first.0, name: first.1, description: first.2, starts_on, ends_on, ready: true, tier_ids, asset_ids };
        crate::db::transaction(conn, |c| -> anyhow::Result<()> {
            let campaign = campaigns::create(c, scope, editor, &input)?;
            for (locale, name, description) in rest {
                campaigns::set_text(c, scope, campaign.id, *locale, name, description)?;
            }
            Ok(())
        })?;
    }
    Ok(2)
}
