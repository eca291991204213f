//! Stamping a partner's copy of a PDF: its logo and lines of its details
//! drawn into the zones the editor marked, on top of the original pages.
//! The original's content, links and metadata stay as they were; what is
//! added is wrapped so the page's own drawing state cannot leak into it.
//!
//! Text is set in IPAexGothic, embedded in the binary (Latin, kana and
//! kanji: a partner named 株式会社サンプル is stamped as such), subset per
//! document with `subsetter` to the glyphs it uses and written as a CID
//! font with a `ToUnicode` map, so the partner's name is real text a reader
//! can search and copy. Zones are percent of the page from its top-left
//! corner; text is wrapped and shrunk to fit its zone, and the logo is
//! scaled to fit with its aspect ratio, centred.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use image::DynamicImage;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

/// The font partners' details are set in (IPA Font License v1.0, see `fonts/`).
static FONT: &[u8] = include_bytes!("../../fonts/ipaexg.ttf");
const FONT_NAME: &str = "IPAexGothic";
/// Resource names unlikely to clash with the original's own.
const FONT_RESOURCE: &str = "PorticoF1";
const LOGO_RESOURCE: &str = "PorticoLogo1";
/// A logo is embedded at most this many pixels on its longer side.
const LOGO_MAX_SIDE: u32 = 1200;
const LEADING: f32 = 1.2;
const MIN_SIZE: f32 = 5.0;
const MAX_SIZE: f32 = 36.0;

/// What goes into one zone.
#[derive(Debug, Clone)]
pub enum Mark<'a> {
    Logo,
    /// Filled text; `link` makes the whole zone a link (a website or landing page).
    Text {
        text: &'a str,
        link: Option<&'a str>,
    },
}

/// One zone on one page (1-based), in percent of the page from its top-left corner.
#[derive(Debug, Clone)]
pub struct Placed<'a> {
    pub page: u32,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub mark: Mark<'a>,
}

/// A decoded logo, ready to embed.
pub struct Logo {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
    alpha: Option<Vec<u8>>,
}

impl Logo {
    pub fn from_image(image: &DynamicImage) -> Logo {
        let image = if image.width().max(image.height()) > LOGO_MAX_SIDE {
            image.resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, image::imageops::FilterType::Triangle)
        } else {
            image.clone()
        };
        let rgba = image.to_rgba8();
        let (width, height) = rgba.dimensions();
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        let mut alpha = Vec::with_capacity((width * height) as usize);
        for px in rgba.pixels() {
            rgb.extend_from_slice(&px.0[..3]);
            alpha.push(px.0[3]);
        }
        let alpha = alpha.iter().any(|a| *a != 255).then_some(alpha);
        Logo { width, height, rgb, alpha }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StampError {
    #[error("the PDF could not be read or written: {0}")]
    Pdf(#[from] lopdf::Error),
    #[error("the font could not be prepared")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(#[from] std::io::Error),
}

/// The glyphs a document uses, remapped for its font subset.
struct Glyphs {
    face: ttf_parser::Face<'static>,
    remapper: subsetter::GlyphRemapper,
    /// New glyph id → (the character it shows, its advance in 1/1000 em).
    used: BTreeMap<u16, (char, u32)>,
}

impl Glyphs {
    fn new() -> Result<Glyphs, StampError> {
        let face = ttf_parser::Face::parse(FONT, 0).map_err(|_| StampError::Font)?;
        Ok(Glyphs { face, remapper: subsetter::GlyphRemapper::new(), used: BTreeMap::new() })
    }

    fn units(&self) -> f32 {
        f32::from(self.face.units_per_em())
    }

    /// The advance of `c` in 1/1000 em (characters the font lacks count as its blank glyph).
    fn advance(&self, c: char) -> f32 {
        let gid = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        f32::from(self.face.glyph_hor_advance(gid).unwrap_or(0)) * 1000.0 / self.units()
    }

    fn width(&self, text: &[char], size: f32) -> f32 {
        text.iter().map(|c| self.advance(*c)).sum::<f32>() * size / 1000.0
    }

    /// The subset glyph id for `c`, recorded for the widths and the text layer.
    fn cid(&mut self, c: char) -> u16 {
        let gid = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let new = self.remapper.remap(gid.0);
        let advance = self.advance(c).round() as u32;
        self.used.entry(new).or_insert((c, advance));
        new
    }
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0xAC00..=0xD7AF | 0x20000..=0x3FFFF)
}

/// Breaks one paragraph into lines no wider than `max` at `size`: between
/// words, and between any two wide (CJK) characters; a word longer than
/// the line is broken where it must be.
fn wrap(glyphs: &Glyphs, paragraph: &[char], size: f32, max: f32) -> Vec<Vec<char>> {
    let mut lines = Vec::new();
    let mut start = 0;
    while start < paragraph.len() {
        // Skip the spaces a break left at the start of a line.
        while start < paragraph.len() && paragraph[start].is_whitespace() {
            start += 1;
        }
        if start >= paragraph.len() {
            break;
        }
        let mut width = 0.0;
        let mut end = start;
        let mut last_break = None;
        while end < paragraph.len() {
            let c = paragraph[end];
            if end > start && (c.is_whitespace() || is_wide(c) || is_wide(paragraph[end - 1])) {
                last_break = Some(end);
            }
            width += glyphs.advance(c) * size / 1000.0;
            if width > max && end > start {
                break;
            }
            end += 1;
        }
        let cut = if end >= paragraph.len() { end } else { last_break.filter(|b| *b > start).unwrap_or(end) };
        let line: Vec<char> = paragraph[start..cut].to_vec();
        let trimmed = line.iter().rposition(|c| !c.is_whitespace()).map_or(0, |i| i + 1);
        lines.push(line[..trimmed].to_vec());
        start = cut;
    }
    lines
}

/// The largest size (in points) at which `text` fits `width` × `height`, and its lines.
fn fit(glyphs: &Glyphs, text: &str, width: f32, height: f32) -> (f32, Vec<Vec<char>>) {
    let paragraphs: Vec<Vec<char>> =
        text.split('\n').map(|p| p.chars().filter(|c| !c.is_control()).collect::<Vec<char>>()).filter(|p| !p.is_empty()).collect();
    let mut size = (height / LEADING).clamp(MIN_SIZE, MAX_SIZE);
    loop {
        let lines: Vec<Vec<char>> = paragraphs.iter().flat_map(|p| wrap(glyphs, p, size, width)).collect();
        let tall = lines.len() as f32 * size * LEADING;
        let wide = lines.iter().any(|l| glyphs.width(l, size) > width);
        if (tall <= height && !wide) || size <= MIN_SIZE {
            return (size, lines);
        }
        size = (size - 0.5).max(MIN_SIZE);
    }
}

/// A page's box in PDF units: `[x0, y0, x1, y1]`, inherited from the page tree if need be.
fn media_box(doc: &Document, page_id: ObjectId) -> [f32; 4] {
    let mut node = doc.get_dictionary(page_id).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        for key in [&b"CropBox"[..], b"MediaBox"] {
            if let Ok(found) = dict.get(key) {
                let found = doc.dereference(found).map(|(_, o)| o).unwrap_or(found);
                if let Ok(values) = found.as_array() {
                    let numbers: Vec<f32> = values.iter().filter_map(|v| v.as_float().ok()).collect();
                    if numbers.len() == 4 {
                        let (x0, x1) = (numbers[0].min(numbers[2]), numbers[0].max(numbers[2]));
                        let (y0, y1) = (numbers[1].min(numbers[3]), numbers[1].max(numbers[3]));
                        return [x0, y0, x1, y1];
                    }
                }
            }
        }
        node = dict.get(b"Parent").and_then(Object::as_reference).ok().and_then(|id| doc.get_dictionary(id).ok());
    }
    [0.0, 0.0, 612.0, 792.0]
}

fn number(value: f32) -> String {
    let mut out = format!("{value:.2}");
    while out.contains('.') && (out.ends_with('0') || out.ends_with('.')) {
        out.pop();
    }
    out
}

/// A dictionary held directly or by reference, as an owned copy.
fn owned_dict(doc: &Document, object: Option<&Object>) -> Dictionary {
    match object {
        Some(Object::Dictionary(d)) => d.clone(),
        Some(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
        _ => Dictionary::new(),
    }
}

/// Gives the page its own copy of its resources with ours added.
fn add_resources(doc: &mut Document, page_id: ObjectId, font: Option<ObjectId>, logo: Option<ObjectId>) -> Result<(), StampError> {
    let (inline, ids) = doc.get_page_resources(page_id)?;
    let mut resources = match inline {
        Some(d) => d.clone(),
        None => ids.first().and_then(|id| doc.get_dictionary(*id).ok().cloned()).unwrap_or_default(),
    };
    if let Some(font) = font {
        let mut fonts = owned_dict(doc, resources.get(b"Font").ok());
        fonts.set(FONT_RESOURCE, font);
        resources.set("Font", fonts);
    }
    if let Some(logo) = logo {
        let mut xobjects = owned_dict(doc, resources.get(b"XObject").ok());
        xobjects.set(LOGO_RESOURCE, logo);
        resources.set("XObject", xobjects);
    }
    doc.get_dictionary_mut(page_id)?.set("Resources", resources);
    Ok(())
}

/// Wraps the page's own content in `q … Q` and draws `ours` after it.
fn add_content(doc: &mut Document, page_id: ObjectId, ours: Vec<u8>) -> Result<(), StampError> {
    let page = doc.get_dictionary(page_id)?;
    let mut contents: Vec<Object> = match page.get(b"Contents") {
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(items)) => items.clone(),
            _ => vec![Object::Reference(*id)],
        },
        Ok(Object::Array(items)) => items.clone(),
        _ => vec![],
    };
    let open = doc.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
    let mut stream = Stream::new(Dictionary::new(), [b"Q\n".to_vec(), ours].concat());
    let _ = stream.compress();
    let close = doc.add_object(stream);
    contents.insert(0, Object::Reference(open));
    contents.push(Object::Reference(close));
    doc.get_dictionary_mut(page_id)?.set("Contents", contents);
    Ok(())
}

fn add_link(doc: &mut Document, page_id: ObjectId, rect: [f32; 4], uri: &str) -> Result<(), StampError> {
    let annot = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Border" => vec![0.into(), 0.into(), 0.into()],
        "Rect" => rect.iter().map(|v| Object::Real(*v)).collect::<Vec<Object>>(),
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal(uri) },
    });
    let page = doc.get_dictionary(page_id)?;
    let mut annots: Vec<Object> = match page.get(b"Annots") {
        Ok(Object::Reference(id)) => doc.get_object(*id).and_then(Object::as_array).cloned().unwrap_or_default(),
        Ok(Object::Array(items)) => items.clone(),
        _ => vec![],
    };
    annots.push(Object::Reference(annot));
    doc.get_dictionary_mut(page_id)?.set("Annots", annots);
    Ok(())
}

fn add_logo(doc: &mut Document, logo: &Logo) -> ObjectId {
    let mut image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => i64::from(logo.width), "Height" => i64::from(logo.height),
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
        },
        logo.rgb.clone(),
    );
    if let Some(alpha) = &logo.alpha {
        let mut mask = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => i64::from(logo.width), "Height" => i64::from(logo.height),
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            alpha.clone(),
        );
        let _ = mask.compress();
        let mask_id = doc.add_object(mask);
        image.dict.set("SMask", mask_id);
    }
    let _ = image.compress();
    doc.add_object(image)
}

/// A six-letter subset tag derived from the glyphs used (PDF 32000 9.6.4).
fn subset_tag(glyphs: &Glyphs) -> String {
    let mut hash: u32 = 2166136261;
    for gid in glyphs.remapper.remapped_gids() {
        hash = (hash ^ u32::from(gid)).wrapping_mul(16777619);
    }
    (0..6).map(|i| (b'A' + ((hash >> (i * 5)) % 26) as u8) as char).collect()
}

/// The Type 0 font for the glyphs used: the subset, widths and the text layer's map.
fn add_font(doc: &mut Document, glyphs: &Glyphs) -> Result<ObjectId, StampError> {
    let subset = subsetter::subset(FONT, 0, &glyphs.remapper).map_err(|_| StampError::Font)?;
    let face = &glyphs.face;
    let scale = |v: i16| i64::from(v) * 1000 / i64::from(face.units_per_em());
    let bbox = face.global_bounding_box();
    let base_font = format!("{}+{FONT_NAME}", subset_tag(glyphs));
    let mut file = Stream::new(dictionary! { "Length1" => subset.len() as i64 }, subset);
    let _ = file.compress();
    let file_id = doc.add_object(file);
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor", "FontName" => Object::Name(base_font.clone().into_bytes()), "Flags" => 4,
        "FontBBox" => vec![scale(bbox.x_min).into(), scale(bbox.y_min).into(), scale(bbox.x_max).into(), scale(bbox.y_max).into()],
        "ItalicAngle" => 0, "Ascent" => scale(face.ascender()), "Descent" => scale(face.descender()),
        "CapHeight" => scale(face.capital_height().unwrap_or(face.ascender())), "StemV" => 80, "FontFile2" => file_id,
    });
    let widths: Vec<Object> = glyphs
        .used
        .iter()
        .flat_map(|(gid, (_, w))| [Object::Integer(i64::from(*gid)), vec![Object::Integer(i64::from(*w))].into()])
        .collect();
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => Object::Name(base_font.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
        "FontDescriptor" => descriptor, "DW" => 1000, "W" => widths, "CIDToGIDMap" => "Identity",
    });
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &(char, u32))> = glyphs.used.iter().filter(|(gid, _)| **gid != 0).collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (gid, (c, _)) in chunk {
            let mut units = [0u16; 2];
            let hex: String = c.encode_utf16(&mut units).iter().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(cmap, "<{gid:04X}> <{hex}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let mut to_unicode = Stream::new(Dictionary::new(), cmap.into_bytes());
    let _ = to_unicode.compress();
    let to_unicode = doc.add_object(to_unicode);
    Ok(doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => Object::Name(base_font.into_bytes()),
        "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()], "ToUnicode" => to_unicode,
    }))
}

/// The original PDF with the marks drawn into their zones. Zones on pages
/// the document does not have are left out; a logo zone without a logo
/// stays empty (the preflight tells the partner first).
pub fn stamp(pdf: &[u8], zones: &[Placed<'_>], logo: Option<&Logo>) -> Result<Vec<u8>, StampError> {
    let mut doc = Document::load_mem(pdf)?;
    let pages = doc.get_pages();
    let mut glyphs = Glyphs::new()?;
    let logo_id = match logo {
        Some(logo) if zones.iter().any(|z| matches!(z.mark, Mark::Logo)) => Some(add_logo(&mut doc, logo)),
        _ => None,
    };
    // Content per page first (it decides the glyphs), the font after.
    let mut per_page: BTreeMap<u32, (String, bool, bool)> = BTreeMap::new();
    let mut links: Vec<(ObjectId, [f32; 4], String)> = Vec::new();
    for zone in zones {
        let Some(page_id) = pages.get(&zone.page).copied() else { continue };
        let [x0, y0, x1, y1] = media_box(&doc, page_id);
        let (pw, ph) = (x1 - x0, y1 - y0);
        let left = x0 + pw * zone.x.clamp(0.0, 100.0) / 100.0;
        let top = y1 - ph * zone.y.clamp(0.0, 100.0) / 100.0;
        let width = (pw * zone.width / 100.0).min(x1 - left).max(1.0);
        let height = (ph * zone.height / 100.0).min(top - y0).max(1.0);
        let bottom = top - height;
        let entry = per_page.entry(zone.page).or_insert_with(|| (String::new(), false, false));
        let ops = &mut entry.0;
        match &zone.mark {
            Mark::Logo => {
                let (Some(logo), Some(_)) = (logo, logo_id) else { continue };
                let ratio = (width / logo.width as f32).min(height / logo.height as f32);
                let (w, h) = (logo.width as f32 * ratio, logo.height as f32 * ratio);
                let (x, y) = (left + (width - w) / 2.0, bottom + (height - h) / 2.0);
                let _ = writeln!(ops, "q {} 0 0 {} {} {} cm /{LOGO_RESOURCE} Do Q", number(w), number(h), number(x), number(y));
                entry.2 = true;
            }
            Mark::Text { text, link } => {
                let (size, lines) = fit(&glyphs, text, width, height);
                if lines.is_empty() {
                    continue;
                }
                let ascent = f32::from(glyphs.face.ascender()) / glyphs.units();
                let _ = writeln!(ops, "q {} {} {} {} re W n", number(left), number(bottom), number(width), number(height));
                let _ = writeln!(ops, "BT /{FONT_RESOURCE} {} Tf 0.11 0.11 0.13 rg", number(size));
                let mut y = top - size * ascent;
                for (i, line) in lines.iter().enumerate() {
                    let hex: String = line.iter().map(|c| format!("{:04X}", glyphs.cid(*c))).collect();
                    if i == 0 {
                        let _ = writeln!(ops, "{} {} Td <{hex}> Tj", number(left), number(y));
                    } else {
                        let _ = writeln!(ops, "0 {} Td <{hex}> Tj", number(-size * LEADING));
                    }
                    y -= size * LEADING;
                }
                ops.push_str("ET Q\n");
                entry.1 = true;
                if let Some(uri) = link {
                    links.push((page_id, [left, bottom, left + width, top], (*uri).to_string()));
                }
            }
        }
    }
    let font_id = if per_page.values().any(|(_, text, _)| *text) { Some(add_font(&mut doc, &glyphs)?) } else { None };
    for (page, (ops, text, image)) in per_page {
        let Some(page_id) = pages.get(&page).copied() else { continue };
        if ops.is_empty() {
            continue;
        }
        add_resources(&mut doc, page_id, font_id.filter(|_| text), logo_id.filter(|_| image))?;
        add_content(&mut doc, page_id, ops.into_bytes())?;
    }
    for (page_id, rect, uri) in links {
        add_link(&mut doc, page_id, rect, &uri)?;
    }
    let mut out = Vec::with_capacity(pdf.len() + 64 * 1024);
    doc.save_to(&mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_between_words_and_between_wide_characters() {
        let glyphs = Glyphs::new().unwrap();
        let chars: Vec<char> = "Northwind Traders GmbH".chars().collect();
        let one = glyphs.width(&chars, 10.0);
        let lines = wrap(&glyphs, &chars, 10.0, one * 0.85);
        assert_eq!(lines.iter().map(|l| l.iter().collect::<String>()).collect::<Vec<_>>(), vec!["Northwind Traders", "GmbH"]);
        let japanese: Vec<char> = "株式会社サンプル商事".chars().collect();
        let wide = glyphs.width(&japanese, 10.0);
        let lines = wrap(&glyphs, &japanese, 10.0, wide / 2.0 + 1.0);
        assert_eq!(lines.len(), 2, "CJK breaks between characters");
        assert_eq!(lines.concat().into_iter().collect::<String>(), "株式会社サンプル商事");
    }

    #[test]
    fn text_shrinks_to_fit_its_zone() {
        let glyphs = Glyphs::new().unwrap();
        let (big, _) = fit(&glyphs, "Ann", 200.0, 30.0);
        let (small, lines) = fit(&glyphs, "A much longer line of contact details that needs two lines", 120.0, 30.0);
        assert!(small < big, "{small} < {big}");
        assert!(lines.len() as f32 * small * LEADING <= 30.0);
    }

    #[test]
    fn a_stamped_pdf_keeps_its_pages_and_links_and_gains_text_and_logo() {
        let original = crate::storage::samples::datasheet_pdf("Datasheet", "Line", "https://vendor.test/spec");
        let logo = Logo::from_image(&DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(40, 20, image::Rgba([200, 10, 10, 128]))));
        let zones = [
            Placed {
                page: 1, x: 5.0, y: 80.0, width: 40.0, height: 8.0, mark: Mark::Text { text: "株式会社サンプル", link: None }
            },
            Placed { page: 1, x: 60.0, y: 80.0, width: 30.0, height: 10.0, mark: Mark::Logo },
            Placed {
                page: 1,
                x: 5.0,
                y: 90.0,
                width: 60.0,
                height: 4.0,
                mark: Mark::Text { text: "https://p.test", link: Some("https://p.test") },
            },
            Placed { page: 7, x: 5.0, y: 5.0, width: 10.0, height: 10.0, mark: Mark::Logo },
        ];
        let stamped = stamp(&original, &zones, Some(&logo)).unwrap();
        let doc = Document::load_mem(&stamped).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let page = doc.get_pages()[&1];
        assert_eq!(doc.get_page_annotations(page).unwrap().len(), 2, "the original link and the new one");
        assert!(doc.get_page_fonts(page).unwrap().contains_key(FONT_RESOURCE.as_bytes()));
        assert_eq!(doc.get_page_images(page).unwrap().len(), 1);
    }
}
