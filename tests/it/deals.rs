//! Deal registration: the lifecycle, conflicts, lists and exports,
//! notifications, expiry — and isolation between partners and tenants.

use crate::support::forms::as_form;
use crate::support::world::{deal_fields, deal_id, register_deal, world};
use crate::support::{PASSWORD, add_partner, invite, organisation_id, page_csrf, post_form, route_path, scalar};

#[tokio::test]
async fn a_deal_goes_through_its_lifecycle_and_illegal_moves_are_refused() {
    let w = world().await;
    let id = w.register(&w.pu, "Initech", "initech.test", "12,500.00", "draft").await;
    let (_, page) = w.page(&w.pu, &format!("/deals/{id}")).await;
    assert!(page.contains("Draft") && page.contains("Submit for approval"));

    // A partner cannot decide; staff cannot submit for the partner.
    assert_eq!(w.act(&w.pu, &id, "approve", "").await.status(), 409);
    assert_eq!(w.act(&w.cm, &id, "submit", "").await.status(), 409);
    assert_eq!(w.act(&w.pu, &id, "submit", "").await.status(), 303);
    assert_eq!(w.act(&w.pu, &id, "submit", "").await.status(), 409, "not twice");

    // Asking for information needs a reason; the partner answers by re-submitting.
    let res = w.act(&w.cm, &id, "request_info", " ").await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("Please give a reason"));
    assert_eq!(w.act(&w.cm, &id, "request_info", "Which products?").await.status(), 303);
    assert_eq!(w.act(&w.pu, &id, "resubmit", "").await.status(), 303);
    assert_eq!(w.act(&w.cm, &id, "approve", "").await.status(), 303);
    let (_, page) = w.page(&w.pu, &format!("/deals/{id}")).await;
    assert!(page.contains("Protected until") && page.contains("Approved"));
    assert!(page.contains("Which products?"), "the timeline shows the comment");
    assert_eq!(w.act(&w.cm, &id, "reject", "too late").await.status(), 409, "approved deals cannot be rejected");
    assert_eq!(w.act(&w.pu, &id, "win", "").await.status(), 303);
    assert_eq!(w.act(&w.pu, &id, "lose", "").await.status(), 409, "won is final");
    let (_, page) = w.page(&w.cm, &format!("/deals/{id}")).await;
    for event in ["Registration created", "Submitted", "More information requested", "Submitted again", "Approved", "Marked as won"] {
        assert!(page.contains(event), "{event}");
    }
    assert_eq!(w.act(&w.pu, &id, "nonsense", "").await.status(), 400);
}

#[tokio::test]
async fn conflicts_are_flagged_for_review_without_revealing_the_other_partner() {
    let w = world().await;
    let first = w.register(&w.pa, "ACME, Inc.", "https://www.acme-customer.com/x", "10000", "submit").await;

    // Before submitting, the other partner only learns that review is needed.
    let check =
        post_form(&w.pb, &w.app, "acme", "/deals/new", "/deals/check", &[("customer_company", "acme inc"), ("customer_domain", "")]);
    let hint = check.await.text().await.unwrap();
    assert!(hint.contains("may cover this customer"));
    assert!(!hint.contains("P1A") && !hint.contains(&first));

    let second = w.register(&w.pb, "Acme GmbH", "shop.acme-customer.com", "20000", "submit").await;
    let (_, theirs) = w.page(&w.pb, &format!("/deals/{second}")).await;
    assert!(theirs.contains("under review"));
    assert!(!theirs.contains("P1A") && !theirs.contains(&first) && !theirs.contains("10,000"), "TEN-14");

    let (_, staff) = w.page(&w.cm, &format!("/deals/{second}")).await;
    assert!(staff.contains("Possible conflicts"));
    assert!(staff.contains("P1A") && staff.contains("ACME, Inc.") && staff.contains(&first));
    let (_, list) = w.page(&w.cm, "/deals?review=1").await;
    assert!(list.contains("Acme GmbH") && !list.contains("ACME, Inc."), "only the flagged one");

    // A closed deal no longer conflicts; the same partner's duplicate does.
    assert_eq!(w.act(&w.cm, &first, "approve", "").await.status(), 303);
    assert_eq!(w.act(&w.pa, &first, "lose", "").await.status(), 303);
    let third = w.register(&w.pb, "acme", "acme-customer.com", "5", "submit").await;
    let (_, staff) = w.page(&w.cm, &format!("/deals/{third}")).await;
    assert!(staff.contains("Possible conflicts"), "the second deal is still open");
    assert!(!staff.contains(&first), "the lost deal is not a conflict");
    assert!(staff.contains("same partner"));
}

#[tokio::test]
async fn a_conflict_set_is_decided_in_one_step_with_a_message_per_partner() {
    let w = world().await;
    let a = w.register(&w.pu, "Clash Corp", "clash.test", "1000", "submit").await;
    let b = w.register(&w.pb, "Clash Corp", "clash.test", "2000", "submit").await;
    let c = w.register(&w.pa, "Clash Corporation", "www.clash.test", "3000", "submit").await;
    let waiting = w.register(&w.pb, "Clash Corp.", "clash.test", "4000", "submit").await;
    assert_eq!(w.act(&w.cm, &waiting, "request_info", "Which site?").await.status(), 303);

    // Side by side: a column per deal naming partner and company, status and
    // date; the reason box sits in the column of the partner it is for.
    let (_, page) = w.page(&w.cm, &format!("/deals/{b}")).await;
    let set = &page[page.find("class=\"conflict-set\"").expect("the set")..];
    assert!(set.contains("This registration: P1B, Clash Corp"));
    assert!(set.contains(">P1A, Clash Corp<") && set.contains(">P1A, Clash Corporation<"), "each column names its deal");
    assert_eq!(set.matches("name=\"winner\"").count(), 3, "the deal waiting for its partner's answer cannot win");
    for id in [&a, &b, &c] {
        assert!(set.contains(&format!("name=\"reason-{id}\"")), "a reason box in {id}'s column");
    }
    assert!(set.contains("Not waiting for review"), "the deal waiting for an answer is left as it is");

    // Another partner or a partner's admin cannot decide it.
    let fields = |reasons: &[(&String, &str)]| {
        let mut f =
            vec![("winner".to_string(), b.clone()), ("internal_note".to_string(), "Internal: P1B has the framework contract".to_string())];
        f.extend(reasons.iter().map(|(id, r)| (format!("reason-{id}"), r.to_string())));
        f
    };
    let send = |c: &reqwest::Client, f: Vec<(String, String)>| {
        let (c, app, b) = (c.clone(), &w.app, b.clone());
        async move {
            let csrf = page_csrf(&c, &app.url("acme", "/deals")).await;
            let mut body = f;
            body.push(("csrf_token".into(), csrf));
            c.post(app.url("acme", &format!("/deals/{b}/resolve"))).form(&body).send().await.unwrap()
        }
    };
    let both = [(&a, "P1B registered this customer first."), (&c, "A duplicate of P1B's registration.")];
    assert_eq!(send(&w.pa, fields(&both)).await.status(), 403);

    // Every partner who loses is told why: one missing reason decides nothing.
    let res = send(&w.cm, fields(&both[..1])).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains(&format!("href=\"#field-reason-{c}\"")), "the summary links to the box");
    assert!(page.contains("P1B registered this customer first."), "what was typed is kept");
    assert!(page.contains("Internal: P1B has the framework contract"));
    for id in [&a, &b, &c] {
        let (_, deal) = w.page(&w.cm, &format!("/deals/{id}")).await;
        assert!(deal.contains("is-submitted"), "nothing decided yet");
    }
    // A winner from outside the set is refused.
    let mut stranger = fields(&both);
    stranger[0].1 = waiting.clone();
    assert_eq!(send(&w.cm, stranger).await.status(), 409);

    let res = send(&w.cm, fields(&both)).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("/deals/{b}"));
    let status = |id: &str| {
        scalar(
            &w.app,
            &format!(
                "SELECT CAST(CASE status WHEN 'approved' THEN 1 WHEN 'rejected' THEN 2 WHEN 'info_requested' THEN 3 ELSE 0 END AS BIGINT) AS n FROM deals WHERE public_id = '{id}'"
            ),
        )
    };
    assert_eq!((status(&b), status(&a), status(&c), status(&waiting)), (1, 2, 2, 3));
    assert_eq!(scalar(&w.app, "SELECT COUNT(*) AS n FROM deals WHERE needs_review <> 0 AND status = 'submitted'"), 0, "the queue is empty");

    // Each partner reads its own message, never another's or the internal note.
    let (_, theirs) = w.page(&w.pu, &format!("/deals/{a}")).await;
    assert!(theirs.contains("P1B registered this customer first."));
    assert!(!theirs.contains("A duplicate of") && !theirs.contains("framework contract"));
    let (_, admins) = w.page(&w.pa, &format!("/deals/{c}")).await;
    assert!(admins.contains("A duplicate of P1B"));
    assert!(!admins.contains("framework contract"));
    let mail = w.app.last_mail("pu@p1a.test").await;
    assert!(mail.text.contains("P1B registered this customer first.") && !mail.text.contains("framework contract"));
    let (_, winner) = w.page(&w.pb, &format!("/deals/{b}")).await;
    assert!(!winner.contains("registered this customer first") && !winner.contains("framework contract") && !winner.contains("P1A"));
    // Staff see the note on each decision.
    let (_, staff) = w.page(&w.cm, &format!("/deals/{a}")).await;
    assert!(staff.contains("framework contract"));
}

#[tokio::test]
async fn partners_and_other_tenants_never_see_each_others_deals() {
    let w = world().await;
    let marker = "MarkerCorp-P1A-7c1";
    let p1a = w.register(&w.pu, marker, "marker-p1a.test", "777", "submit").await;
    let _own = w.register(&w.pb, "Visible-to-P1B", "visible.test", "1", "draft").await;

    // Another partner is told there is no such deal; the admin of another
    // tenant is not signed in here at all, and is sent to sign in.
    for (who, c, refusal) in [("P1B admin", &w.pb, 404), ("globex admin", &w.foreign, 303)] {
        for path in [format!("/deals/{p1a}"), format!("/deals/{p1a}/edit")] {
            let (status, body) = w.page(c, &path).await;
            assert_eq!(status, refusal, "{who} {path}");
            assert!(!body.contains(marker));
        }
        let transition = format!("/deals/{p1a}/transition");
        let res = post_form(c, &w.app, "acme", "/password/forgot", &transition, &[("action", "approve"), ("comment", "")]).await;
        assert_eq!(res.status(), refusal, "{who} transition");
        for path in ["/deals", "/deals.csv", "/deals?q=MarkerCorp", "/deals/analytics", "/notifications"] {
            let (_, body) = w.page(c, path).await;
            assert!(!body.contains(marker), "{who} saw the marker on {path}");
        }
    }
    let fragment = w.pb.get(w.app.url("acme", "/deals?q=marker")).header("hx-request", "true").send().await.unwrap().text().await.unwrap();
    assert!(!fragment.contains(marker), "htmx fragment");
    // A partner user sees their own registrations only; the partner admin the organisation's.
    let other_user = w.register(&w.pa, "AdminOnly-P1A", "adminonly.test", "3", "draft").await;
    let (_, pu_list) = w.page(&w.pu, "/deals").await;
    assert!(pu_list.contains(marker) && !pu_list.contains("AdminOnly-P1A"));
    assert_eq!(w.page(&w.pu, &format!("/deals/{other_user}")).await.0, 404);
    let (_, pa_list) = w.page(&w.pa, "/deals").await;
    assert!(pa_list.contains(marker) && pa_list.contains("AdminOnly-P1A"));
    assert!(!pa_list.contains("Visible-to-P1B"));

    // Mass assignment: tenant, partner and status in the form are ignored (TEN-5).
    let mut sneaky = deal_fields("Sneaky", "sneaky.test", "100", "draft");
    sneaky.extend([("status", "approved"), ("tenant_id", "2"), ("partner_org_id", "1"), ("submitted_by", "1")].map(|(k, v)| (k, v.into())));
    let res = post_form(&w.pb, &w.app, "acme", "/deals/new", "/deals", &as_form(&sneaky)).await;
    assert_eq!(res.status(), 303);
    let id = deal_id(&res);
    let (_, page) = w.page(&w.pb, &format!("/deals/{id}")).await;
    assert!(page.contains("Draft"));
    let (_, pa_list) = w.page(&w.pa, "/deals").await;
    assert!(!pa_list.contains("Sneaky"), "still P1B's deal");
}

#[tokio::test]
async fn the_csv_export_neutralises_formulas_and_pages_escape_markup() {
    let w = world().await;
    let id = w.register(&w.pu, "=HYPERLINK(\"http://evil.test\",\"x\")", "formula.test", "1", "draft").await;
    let xss = w.register(&w.pu, "<script>alert(1)</script>", "xss.test", "1", "draft").await;
    let csv = w.pu.get(w.app.url("acme", "/deals.csv")).send().await.unwrap();
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    // A byte-order mark first: spreadsheet programs then read UTF-8 as UTF-8.
    let bytes = csv.bytes().await.unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.ends_with(",Products,Needs review"), "{header}");
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(!text.contains(",=HYPERLINK"));
    let (_, page) = w.page(&w.pu, &format!("/deals/{xss}")).await;
    assert!(!page.contains("<script>alert(1)</script>") && page.contains("&#60;script&#62;"));
    let (_, list) = w.page(&w.pu, "/deals").await;
    assert!(!list.contains("<script>alert(1)</script>"));
    let _ = id;

    // The header row is interface text a tenant admin can override: neutralised too.
    let field = [("locale", "en-US"), ("id", "deal-field-id"), ("value", "=HYPERLINK(\"http://evil.test\",\"Deal\")")];
    assert_eq!(post_form(&w.admin, &w.app, "acme", "/admin/texts", "/admin/texts", &field).await.status(), 303);
    let text = w.pu.get(w.app.url("acme", "/deals.csv")).send().await.unwrap().text().await.unwrap();
    let header = text.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(header.starts_with("'=HYPERLINK") || header.starts_with("\"'=HYPERLINK"), "{header}");
}

#[tokio::test]
async fn bad_deal_input_gets_messages_and_keeps_what_was_typed() {
    let w = world().await;
    let res = post_form(
        &w.pu,
        &w.app,
        "acme",
        "/deals/new",
        "/deals",
        &[
            ("customer_company", "Kept Company"),
            ("customer_domain", "nodot"),
            ("country", "Germ"),
            ("contact_name", "J"),
            ("contact_email", "nope"),
            ("value", "-5"),
            ("currency", "EUR"),
            ("expected_close", "2999-01-01"),
            ("action", "submit"),
        ],
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("value=\"Kept Company\""));
    for message in ["web domain", "two-letter", "e-mail address", "positive amount", "five years"] {
        assert!(page.contains(message), "{message}");
    }
    // The summary at the top names each refused field and links to it.
    let summary = &page[page.find("class=\"error-summary\"").expect("an error summary")..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    assert!(summary.contains("Please correct 5 fields"), "{summary}");
    for field in ["customer_domain", "country", "contact_email", "value", "expected_close"] {
        assert!(summary.contains(&format!("href=\"#field-{field}\"")), "{field}: {summary}");
        assert!(page.contains(&format!("id=\"field-{field}\"")), "the link's target {field}");
    }
    assert!(page.find("error-summary").unwrap() < page.find("name=\"customer_company\"").unwrap(), "the summary comes first");
    assert!(page.contains("value=\"Germ\""), "the country as typed");
    assert!(page.contains("<option value=\"Germany\">DE</option>"), "every country is suggested by name");

    // A country's name, in the reader's language or in English, is stored as its code.
    for (typed, shown_de) in [("Germany", "Deutschland"), ("jp", "Japan"), ("Côte d’Ivoire", "Côte d’Ivoire")] {
        let mut fields = crate::support::world::deal_fields("Named Country", "named.test", "100", "draft");
        fields.retain(|(k, _)| *k != "country");
        fields.push(("country", typed.to_string()));
        let res = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &crate::support::forms::as_form(&fields)).await;
        assert_eq!(res.status(), 303, "{typed}");
        let id = crate::support::world::deal_id(&res);
        let de = w.pu.get(w.app.url("acme", &format!("/deals/{id}"))).header("accept-language", "de").send().await.unwrap();
        assert!(de.text().await.unwrap().contains(&format!("<dd>{shown_de}</dd>")), "{typed} shown in German");
    }
    let stored = crate::support::scalar(
        &w.app,
        "SELECT COUNT(*) AS n FROM deals WHERE customer_company = 'Named Country' AND country IN ('DE', 'JP', 'CI')",
    );
    assert_eq!(stored, 3);
}

#[tokio::test]
async fn decisions_notify_in_the_app_and_by_mail_and_protection_expires() {
    let w = world().await;
    let id = w.register(&w.pu, "Notify Ltd", "notify.test", "900", "submit").await;
    let (_, home) = w.page(&w.cm, "/").await;
    assert!(
        home.contains("class=\"bell-count\" aria-hidden=\"true\">1<") && home.contains("Notifications, 1 unread"),
        "the channel manager's bell"
    );
    let (_, list) = w.page(&w.cm, "/notifications").await;
    assert!(list.contains("registered the deal “Notify Ltd”"));

    // Inline approval from the list (htmx) swaps the row.
    let csrf = page_csrf(&w.cm, &w.app.url("acme", "/deals")).await;
    let row =
        w.cm.post(w.app.url("acme", &format!("/deals/{id}/transition")))
            .header("hx-request", "true")
            .header("x-csrf-token", &csrf)
            .form(&[("action", "approve"), ("comment", "")])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
    assert!(row.starts_with("<tr") && row.contains("Approved"), "{row}");

    let mail = w.app.last_mail("pu@p1a.test").await;
    assert!(mail.subject.contains("Notify Ltd") && mail.subject.contains("approved"), "{}", mail.subject);
    assert!(mail.text.contains(&format!("/deals/{id}")));
    assert!(!w.app.mailbox("pa@p1a.test").is_empty(), "the partner admin is told too");

    // The expiry job: a warning 7 days before, then expiry.
    let config = w.app.config();
    let pool = w.app.pool();
    let run = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let now = portico::db::now();
        let warn = portico::deals::service::run_expiry_all(&mut conn, &config, now + chrono::Duration::days(85)).unwrap();
        let again = portico::deals::service::run_expiry_all(&mut conn, &config, now + chrono::Duration::days(86)).unwrap();
        let expire = portico::deals::service::run_expiry_all(&mut conn, &config, now + chrono::Duration::days(91)).unwrap();
        (warn, again, expire)
    })
    .await
    .unwrap();
    assert_eq!((run.0.warned, run.0.expired), (1, 0));
    assert_eq!((run.1.warned, run.1.expired), (0, 0), "warned once");
    assert_eq!((run.2.warned, run.2.expired), (0, 1));
    let (_, page) = w.page(&w.pu, &format!("/deals/{id}")).await;
    assert!(page.contains("Expired") && page.contains("Protection expired"));
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert!(bell.contains("has expired") && bell.contains("ends on"));
}

#[tokio::test]
async fn extensions_are_requested_by_partners_and_decided_by_staff() {
    let w = world().await;
    let id = w.register(&w.pu, "Extend AG", "extend.test", "50", "submit").await;
    assert_eq!(w.act(&w.cm, &id, "approve", "").await.status(), 303);
    let res = post_form(&w.pu, &w.app, "acme", "/", &format!("/deals/{id}/extension"), &[]).await;
    assert_eq!(res.status(), 303);
    let res = post_form(&w.pu, &w.app, "acme", "/", &format!("/deals/{id}/extension/decide"), &[("decision", "grant")]).await;
    assert_eq!(res.status(), 403, "partners do not decide");
    let res = post_form(&w.cm, &w.app, "acme", "/", &format!("/deals/{id}/extension/decide"), &[("decision", "grant")]).await;
    assert_eq!(res.status(), 303);
    let (_, page) = w.page(&w.pu, &format!("/deals/{id}")).await;
    assert!(page.contains("Extension granted"));
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert!(bell.contains("is extended until"));
}

#[tokio::test]
async fn analytics_show_the_pipeline_as_charts_with_tables() {
    let w = world().await;
    w.register(&w.pu, "Chart One", "one.test", "100", "submit").await;
    w.register(&w.pb, "Chart Two", "two.test", "200", "draft").await;
    let (status, page) = w.page(&w.cm, "/deals/analytics").await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg") && page.contains("role=\"img\"") && page.contains("<desc"));
    assert!(page.contains("P1A") && page.contains("P1B"));
    let (_, theirs) = w.page(&w.pa, "/deals/analytics").await;
    assert!(theirs.contains("P1A") && !theirs.contains("P1B"), "a partner admin sees their own");
    assert_eq!(w.page(&w.pu, "/deals/analytics").await.0, 403);
}

#[tokio::test]
async fn a_crawler_over_every_get_route_finds_no_other_partners_or_tenants_data() {
    // TEN-6: markers seeded into P1A (same tenant) and into globex (another
    // tenant); P1B's admin crawls every GET route, with every id it could guess.
    let w = world().await;
    let app = &w.app;
    let p1a_marker = "CrawlMarkerP1A";
    let p1a_deal = w.register(&w.pu, p1a_marker, "crawl-p1a.test", "4711", "submit").await;

    // globex: a partner organisation with a user and a deal of its own.
    add_partner(app, &w.foreign, "globex", "G-Partner", "gp.test").await;
    let gp = organisation_id(app, &w.foreign, "globex", "G-Partner").await;
    invite(app, &w.foreign, "globex", "u2a@gp.test", "partner_user", &gp).await;
    let u2a = app.accept_invitation("globex", "u2a@gp.test", PASSWORD).await;
    let t2_marker = "CrawlMarkerT2";
    let t2_deal = register_deal(app, &u2a, "globex", t2_marker, "crawl-t2.test", "99", "submit").await;
    let p1a_org = organisation_id(app, &w.admin, "acme", "P1A").await;

    let mut visited = 0;
    for (method, pattern) in portico::web::routes::inventory() {
        if method != "GET" {
            continue;
        }
        for id in [p1a_deal.as_str(), t2_deal.as_str(), p1a_org.as_str(), "1", "2"] {
            let path = route_path(pattern, id, "tenant-1");
            for query in ["", "?q=Crawl", "?status=submitted", "?partner=1"] {
                let res = w.pb.get(app.url("acme", &format!("{path}{query}"))).send().await.unwrap();
                let body = res.text().await.unwrap_or_default();
                assert!(!body.contains(p1a_marker), "P1A's marker on {path}{query}");
                assert!(!body.contains(t2_marker), "globex's marker on {path}{query}");
                let fragment =
                    w.pb.get(app.url("acme", &format!("{path}{query}")))
                        .header("hx-request", "true")
                        .send()
                        .await
                        .unwrap()
                        .text()
                        .await
                        .unwrap_or_default();
                assert!(!fragment.contains(p1a_marker) && !fragment.contains(t2_marker), "fragment {path}{query}");
                visited += 1;
            }
        }
    }
    assert!(visited > 100, "crawled {visited} pages");
    // The same crawl as P1A's own user does find its marker, so the crawl is real.
    let (_, own) = w.page(&w.pu, &format!("/deals/{p1a_deal}")).await;
    assert!(own.contains(p1a_marker));
}

#[tokio::test]
async fn a_deal_worth_more_than_the_realistic_maximum_is_refused_with_the_limit() {
    let w = world().await;
    let fields = deal_fields("Megacorp", "megacorp.test", "10000000000.01", "draft");
    let res = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("A deal can be worth at most"), "a message names the limit");
    assert!(page.contains("10,000,000,000.00"), "the limit is written for the locale and currency");
    let at_limit = deal_fields("Megacorp", "megacorp.test", "10000000000", "draft");
    let res = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&at_limit)).await;
    assert_eq!(res.status(), 303, "the limit itself is allowed");
}

#[tokio::test]
async fn the_conflict_hint_is_rate_limited_per_person() {
    let w = world().await;
    let c = &w.pb;
    let csrf = page_csrf(c, &w.app.url("acme", "/deals/new")).await;
    let url = w.app.url("acme", "/deals/check");
    let mut statuses = Vec::new();
    for i in 0..61 {
        let company = format!("guess {i}");
        let res = c
            .post(&url)
            .header("hx-request", "true")
            .form(&[("csrf_token", csrf.as_str()), ("customer_company", &company), ("customer_domain", "")])
            .send()
            .await
            .unwrap();
        statuses.push(res.status().as_u16());
    }
    assert!(statuses[..60].iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(statuses[60], 429, "the 61st guess in the window gets no answer");
    // Another person is not affected.
    let csrf = page_csrf(&w.pu, &w.app.url("acme", "/deals/new")).await;
    let res =
        w.pu.post(&url)
            .header("hx-request", "true")
            .form(&[("csrf_token", csrf.as_str()), ("customer_company", "x"), ("customer_domain", "")])
            .send()
            .await
            .unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn the_same_deal_form_sent_twice_makes_one_deal() {
    let w = world().await;
    let page = w.pu.get(w.app.url("acme", "/deals/new")).send().await.unwrap().text().await.unwrap();
    let key = page.split("name=\"form_key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(key.len() >= 16, "the form carries a one-time key");
    let mut fields = deal_fields("Retry Corp", "retry.test", "5000", "submit");
    fields.push(("form_key", key.clone()));
    // A retry after a connection reset, and a double click: the same form again.
    let first = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)).await;
    let again = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)).await;
    let both = futures_util::future::join(
        post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)),
        post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)),
    )
    .await;
    let id = deal_id(&first);
    for res in [&again, &both.0, &both.1] {
        assert_eq!(res.status(), 303);
        assert_eq!(deal_id(res), id, "the first deal, not a second one");
    }
    let (_, list) = w.page(&w.pu, "/deals").await;
    assert_eq!(list.matches("Retry Corp").count(), 1, "{list}");
    // A new form is a new deal.
    let second = register_deal(&w.app, &w.pu, "acme", "Retry Corp", "retry.test", "5000", "draft").await;
    assert_ne!(second, id);
}

#[tokio::test]
async fn a_partner_user_keeps_at_most_the_tenants_number_of_drafts() {
    let w = world().await;
    let limit = |value: &'static str| [("max_drafts_per_user", value)];
    let res = post_form(&w.admin, &w.app, "acme", "/admin/tiers", "/admin/tiers/drafts", &limit("0")).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Please enter a whole number from 1 to 10000."));
    let tiers = w.admin.get(w.app.url("acme", "/admin/tiers")).send().await.unwrap().text().await.unwrap();
    assert!(tiers.contains("value=\"200\""), "the default is 200");
    let res = post_form(&w.admin, &w.app, "acme", "/admin/tiers", "/admin/tiers/drafts", &limit("2")).await;
    assert_eq!(res.status(), 303);
    // A partner admin cannot change it.
    let res = post_form(&w.pa, &w.app, "acme", "/deals", "/admin/tiers/drafts", &limit("10000")).await;
    assert_eq!(res.status(), 403);

    for i in 0..2 {
        let fields = deal_fields(&format!("Draftco {i}"), &format!("draftco{i}.test"), "1000", "draft");
        assert_eq!(post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)).await.status(), 303);
    }
    let third = deal_fields("Draftco 3", "draftco3.test", "1000", "draft");
    let res = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&third)).await;
    assert_eq!(res.status(), 409, "refused by a rule, like a tier's open deals");
    let page = res.text().await.unwrap();
    assert!(page.contains("You already keep 2 drafts"), "{page}");
    assert!(page.contains("Draftco 3"), "the form keeps what was typed");
    // Submitting right away is no draft; another person has drafts of their own.
    let submitted = deal_fields("Straight in", "straight.test", "1000", "submit");
    assert_eq!(post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&submitted)).await.status(), 303);
    let theirs = deal_fields("Other person", "other-person.test", "1000", "draft");
    assert_eq!(post_form(&w.pa, &w.app, "acme", "/deals/new", "/deals", &as_form(&theirs)).await.status(), 303);
}

#[tokio::test]
async fn an_internal_note_never_reaches_the_partner_and_every_decision_empties_the_queue() {
    let w = world().await;
    let app = &w.app;
    let first = w.register(&w.pa, "Fabrikam", "fabrikam.example", "12500", "submit").await;
    // The same customer from another partner: a conflict waiting for review.
    let second = w.register(&w.pb, "Fabrikam", "fabrikam.example", "9000", "submit").await;
    let waiting =
        |id: &str| crate::support::scalar(app, &format!("SELECT CAST(needs_review AS BIGINT) AS n FROM deals WHERE public_id = '{id}'"));
    assert_eq!(waiting(&second), 1);
    let csv = w.cm.get(app.url("acme", "/deals.csv")).send().await.unwrap().bytes().await.unwrap();
    let csv = String::from_utf8_lossy(&csv[3..]).to_string();
    assert!(csv.lines().any(|l| l.starts_with(&second) && l.ends_with(",yes")), "the export says what waits for review: {csv}");

    // An inline rejection without a reason comes back on its row, with why (htmx, 422).
    let csrf = page_csrf(&w.cm, &app.url("acme", "/deals")).await;
    let res =
        w.cm.post(app.url("acme", &format!("/deals/{second}/transition")))
            .header("HX-Request", "true")
            .form(&[("csrf_token", csrf.as_str()), ("action", "reject"), ("comment", "")])
            .send()
            .await
            .unwrap();
    assert_eq!(res.status(), 422);
    let row = res.text().await.unwrap();
    assert!(
        row.starts_with(&format!("<tr id=\"deal-{second}\"")) && row.contains("role=\"alert\"") && row.contains("Please give a reason."),
        "{row}"
    );

    // A decision with a message to the partner and a note for staff.
    let note = "SECRET-NOTE-4711 their margin is thin";
    let fields = [("action", "request_info"), ("comment", "Which edition do they need?"), ("internal_note", note)];
    let res = post_form(&w.cm, app, "acme", &format!("/deals/{second}"), &format!("/deals/{second}/transition"), &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(waiting(&second), 0, "any decision takes the deal out of the review queue");
    let fields = [("action", "reject"), ("comment", "Registered by another partner first"), ("internal_note", "ALSO-SECRET-99")];
    post_form(&w.cm, app, "acme", &format!("/deals/{first}"), &format!("/deals/{first}/transition"), &fields).await;
    let (_, staff) = w.page(&w.cm, &format!("/deals/{second}")).await;
    assert!(staff.contains(note) && staff.contains("Internal note (staff only)") && staff.contains("Message to the partner"));
    let (_, queue) = w.page(&w.cm, "/deals?review=1").await;
    assert!(!queue.contains(&second) && !queue.contains(&first), "the queue empties");

    // The partner sees the message, labelled, and never the note: pages, notifications, mail.
    let (_, theirs) = w.page(&w.pb, &format!("/deals/{second}")).await;
    assert!(theirs.contains("Which edition do they need?") && theirs.contains("Message from the vendor"));
    let (_, bell) = w.page(&w.pb, "/notifications").await;
    app.last_mail("pb@p1b.test").await;
    let (_, other) = w.page(&w.pa, &format!("/deals/{first}")).await;
    for partner_side in [theirs, bell, other] {
        assert!(!partner_side.contains("SECRET") && !partner_side.contains("Internal note"), "{partner_side}");
    }
    for address in ["pb@p1b.test", "pa@p1a.test", "pu@p1a.test"] {
        for mail in app.mailbox(address) {
            assert!(!mail.text.contains("SECRET") && !mail.html.contains("SECRET"), "{address}: {}", mail.subject);
        }
    }
    // The question stands at the top of the partner's page with a box for the
    // answer, which resubmits; a partner has no internal notes (one sent along is dropped).
    let (_, theirs) = w.page(&w.pb, &format!("/deals/{second}")).await;
    let top = theirs.find("The vendor asks").expect("the question on top");
    assert!(top < theirs.find("id=\"facts-heading\"").unwrap_or(usize::MAX) && theirs.contains("Answer and resubmit"));
    let fields = [("action", "resubmit"), ("comment", "Enterprise edition, 50 seats"), ("internal_note", "PARTNER-NOTE")];
    let res = post_form(&w.pb, app, "acme", &format!("/deals/{second}"), &format!("/deals/{second}/transition"), &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(crate::support::scalar(app, "SELECT COUNT(*) AS n FROM deal_events WHERE internal_note LIKE '%PARTNER%'"), 0);
    let (_, staff) = w.page(&w.cm, &format!("/deals/{second}")).await;
    assert!(staff.contains("Answer from the partner:</span> Enterprise edition, 50 seats"), "the answer in the timeline");
    assert_eq!(
        crate::support::scalar(app, &format!("SELECT COUNT(*) AS n FROM deals WHERE public_id = '{second}' AND status = 'submitted'")),
        1
    );
    // Submitted again: the partner is told who decides, and by when (the tenant's target).
    let res = post_form(&w.admin, app, "acme", "/admin/tiers", "/admin/tiers/review", &[("review_target_days", "0")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Please enter a whole number from 1 to 30."));
    let res = post_form(&w.admin, app, "acme", "/admin/tiers", "/admin/tiers/review", &[("review_target_days", "5")]).await;
    assert_eq!(res.status(), 303);
    let due = portico::deals::service::review_due(portico::db::now(), 5).and_hms_opt(0, 0, 0).unwrap();
    let (_, theirs) = w.page(&w.pb, &format!("/deals/{second}")).await;
    let expected = format!("team reviews it and decides by {}", portico::i18n::format_date(portico::i18n::Locale::EnUs, due));
    assert!(theirs.contains(&expected), "{expected}");
    // Vendor staff read it through the API too.
    let token = crate::api::make_token(app, &w.admin, "acme", "read").await;
    let events: serde_json::Value = crate::support::client()
        .get(app.url("acme", &format!("/api/v1/deals/{second}/events")))
        .header("Authorization", format!("Bearer {token}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(events.as_array().unwrap().iter().any(|e| e["internal_note"] == note), "{events}");
}

#[tokio::test]
async fn the_deal_list_counts_clears_sorts_by_its_headings_and_appends_more() {
    let app = crate::support::spawn_app().await;
    app.cli_ok(&["demo"]);
    let manager = app.sign_in("demo", crate::support::DEMO_MANAGER.0, crate::support::DEMO_MANAGER.1).await;
    let get = |path: &str, hx: bool| {
        let mut req = manager.get(app.url("demo", path));
        if hx {
            req = req.header("hx-request", "true");
        }
        async move { req.send().await.unwrap().text().await.unwrap() }
    };

    // The total, and no filter to clear.
    let first = get("/deals", false).await;
    assert!(first.contains("302 deals"), "the total of every page");
    assert!(!first.contains("Clear the filters") && !first.contains("Back to the first page"));
    assert_eq!(first.matches("<tr id=\"deal-").count(), 50);

    // "More" appends the next rows (htmx) and replaces itself; without
    // script it is a page of its own with the way back.
    let next = link_after(&first, "id=\"deal-more\"");
    let more = get(&format!("{next}&more=1"), true).await;
    assert_eq!(more.matches("<tr id=\"deal-").count(), 50);
    assert!(more.contains("id=\"deal-more\" hx-swap-oob=\"true\""), "the next 'more' in place of the old");
    assert!(!more.contains("302 deals") && !more.contains("<thead>"), "rows only");
    let page_two = get(&next, false).await;
    assert!(page_two.contains("Back to the first page"));
    let first_ids: Vec<&str> = first.split("<tr id=\"deal-").skip(1).map(|r| &r[..32]).collect();
    assert!(page_two.split("<tr id=\"deal-").skip(1).all(|r| !first_ids.contains(&&r[..32])), "no row twice");

    // A filter: how many match, and a way to clear it.
    let won = get("/deals?status=won", false).await;
    assert!(won.contains("deals match these filters.") && won.contains("<a href=\"/deals\">Clear the filters</a>"));

    // Sortable headings say how the list is sorted and switch it.
    let by_value = get("/deals?status=won&sort=value_desc", false).await;
    assert!(by_value.contains("aria-sort=\"descending\""));
    let heading = &by_value[by_value.find("aria-sort=").unwrap()..];
    assert!(
        heading.contains("href=\"/deals?status=won&#38;sort=value_asc\""),
        "the heading switches to low→high, keeping the filter: {}",
        &heading[..400]
    );
    assert_eq!(by_value.matches("aria-sort=").count(), 1, "only the sorted column");
    let unsorted = get("/deals", false).await;
    assert!(!unsorted.contains("aria-sort="));
}

/// The `href` of the first link after `marker`.
fn link_after(page: &str, marker: &str) -> String {
    let at = page.find(marker).expect(marker);
    page[at..].split("href=\"").nth(1).unwrap().split('"').next().unwrap().replace("&amp;", "&").replace("&#38;", "&")
}
