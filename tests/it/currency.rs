//! One reporting currency per tenant with the rates its vendor admin keeps:
//! deals keep their own currency, while sorting by value, value filters,
//! analytics, tier thresholds and a partner's standing use the converted
//! value, and say so.

use crate::support::forms::as_form;
use crate::support::post_form;
use crate::support::world::{World, deal_fields, deal_id, world};

/// Registers and submits a deal of `value` in `currency` as P1A's user.
async fn deal_in(w: &World, company: &str, value: &str, currency: &str) -> String {
    let mut fields = deal_fields(company, &format!("{}.test", company.to_lowercase().replace(' ', "-")), value, "submit");
    fields.retain(|(k, _)| *k != "currency");
    fields.push(("currency", currency.to_string()));
    let res = post_form(&w.pu, &w.app, "acme", "/deals/new", "/deals", &as_form(&fields)).await;
    assert_eq!(res.status(), 303, "{company}");
    deal_id(&res)
}

/// Sends a form of `path` as acme's admin (the token read from the page the form is on).
async fn post(w: &World, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = path.strip_suffix("/rates").unwrap_or(path);
    post_form(&w.admin, &w.app, "acme", page, path, fields).await
}

/// The companies on a deal list page, in the order shown.
fn order(page: &str, companies: &[&str]) -> Vec<String> {
    let mut found: Vec<(usize, String)> =
        companies.iter().filter_map(|c| page.find(&format!(">{c}<")).map(|at| (at, c.to_string()))).collect();
    found.sort();
    found.into_iter().map(|(_, c)| c).collect()
}

#[tokio::test]
async fn a_reporting_currency_and_rates_order_filter_total_and_approve_deals() {
    let w = world().await;
    let (_, page) = w.page(&w.admin, "/admin/currency").await;
    assert!(page.contains("<option value=\"USD\" selected>"), "USD until chosen");
    assert_eq!(post(&w, "/admin/currency", &[("reporting_currency", "XXX")]).await.status(), 422);
    assert_eq!(post(&w, "/admin/currency", &[("reporting_currency", "EUR")]).await.status(), 303);

    deal_in(&w, "Yen Co", "1,000,000", "JPY").await;
    let dollar = deal_in(&w, "Dollar Inc", "1000", "USD").await;
    deal_in(&w, "Euro GmbH", "900", "EUR").await;
    deal_in(&w, "Pound Ltd", "500", "GBP").await;
    let all = ["Yen Co", "Dollar Inc", "Euro GmbH", "Pound Ltd"];

    // A bad rate: a message on its field, what was typed kept, nothing saved.
    let res = post(&w, "/admin/currency/rates", &[("rate-USD", "abc"), ("rate-JPY", "0.0061"), ("as_of-JPY", "2999-01-01")]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("href=\"#field-rate-USD\"") && page.contains("href=\"#field-as_of-JPY\""), "the summary links both");
    assert!(page.contains("value=\"abc\""), "typed kept");
    assert!(page.contains("One deal is in a currency without a rate") || page.contains("3 deals are in currencies without a rate"));

    let res = post(&w, "/admin/currency/rates", &[("rate-USD", "0.92"), ("as_of-USD", "2026-12-01"), ("rate-JPY", "0,0061")]).await;
    assert_eq!(res.status(), 303);
    let (_, page) = w.page(&w.admin, "/admin/currency").await;
    assert!(page.contains("value=\"0.92\"") && page.contains("value=\"0.0061\""), "rates shown as typed");
    assert!(page.contains("One deal is in a currency without a rate"), "the pound deal");

    // Sorted by the converted value: ¥1,000,000 = €6,100 > $1,000 = €920 > €900 > £500 (no rate).
    let (_, list) = w.page(&w.cm, "/deals?sort=value_desc").await;
    assert_eq!(order(&list, &all), ["Yen Co", "Dollar Inc", "Euro GmbH", "Pound Ltd"]);
    assert!(list.contains("¥1,000,000") && list.contains("$1,000.00"), "each deal keeps its own currency");
    assert!(list.contains("Value from (EUR, converted)"), "the filter says so");
    let (_, over) = w.page(&w.cm, "/deals?min=910").await;
    assert_eq!(order(&over, &all), ["Dollar Inc", "Yen Co"]);
    // Paging by value goes on after the last converted value.
    let (_, asc) = w.page(&w.cm, "/deals?sort=value_asc").await;
    assert_eq!(order(&asc, &all), ["Pound Ltd", "Euro GmbH", "Dollar Inc", "Yen Co"]);

    // Analytics: totals in euros, converted, with what could not be.
    let (_, analytics) = w.page(&w.cm, "/deals/analytics").await;
    assert!(analytics.contains("Value: €7,920.00 (one deal without a rate)."), "{analytics}");
    assert!(analytics.contains("Values in EUR, converted at your exchange rates"));
    assert!(analytics.contains("Value (EUR, converted)"));
    let (_, none) = w.page(&w.cm, "/deals/analytics?from=2000-01-01&to=2000-12-31").await;
    assert!(none.contains("0 deals in all."), "a range with nothing in it");

    // Auto-approval compares the converted value with the tier's threshold in euros.
    let (_, tiers) = w.page(&w.admin, "/admin/tiers").await;
    assert!(tiers.contains("Automatic approval up to (EUR)"));
    let p1a_tier = tiers.split("name=\"id\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let list = w.admin.get(w.app.url("acme", "/admin/partners?q=P1A")).send().await.unwrap().text().await.unwrap();
    let p1a = list.split("/admin/partners/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let path = format!("/admin/partners/{p1a}");
    let fields = [("name", "P1A"), ("tier_id", p1a_tier.as_str()), ("status", "active"), ("email_domains", "p1a.test"), ("country", "DE")];
    assert_eq!(post(&w, &path, &fields).await.status(), 303);
    let tier_name = tiers
        .split(&format!("value=\"{p1a_tier}\""))
        .nth(1)
        .unwrap()
        .split("value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let rules = [
        ("id", p1a_tier.as_str()),
        ("name", tier_name.as_str()),
        ("protection_days", "90"),
        ("max_open_deals", "0"),
        ("auto_approve", "1000"),
        ("min_won_value", ""),
        ("min_won_deals", ""),
    ];
    assert_eq!(post(&w, "/admin/tiers", &rules).await.status(), 303);
    let cheap_yen = deal_in(&w, "Small Yen KK", "100,000", "JPY").await;
    let (_, page) = w.page(&w.pu, &format!("/deals/{cheap_yen}")).await;
    assert!(page.contains("Approved automatically"), "¥100,000 is €610: under €1,000");
    let pound = deal_in(&w, "Small Pound Ltd", "1", "GBP").await;
    let (_, page) = w.page(&w.pu, &format!("/deals/{pound}")).await;
    assert!(!page.contains("Approved automatically"), "no rate, no automatic approval");

    // The partner's standing counts won business in euros, and says it is converted.
    assert_eq!(w.act(&w.cm, &dollar, "approve", "").await.status(), 303);
    assert_eq!(w.act(&w.pu, &dollar, "win", "").await.status(), 303);
    let (_, home) = w.page(&w.pa, "/").await;
    assert!(home.contains("€920.00 (converted)"), "{}", &home[home.find("Your standing").unwrap_or(0)..]);

    // A new reporting currency restates the rates through the old one.
    assert_eq!(post(&w, "/admin/currency", &[("reporting_currency", "USD")]).await.status(), 303);
    let (_, page) = w.page(&w.admin, "/admin/currency").await;
    assert!(page.contains("value=\"1.086956522\""), "€1 = $1/0.92");
    assert!(page.contains("value=\"0.006630435\""), "¥1 = $0.0061/0.92");
    let (_, list) = w.page(&w.cm, "/deals?sort=value_desc").await;
    assert_eq!(order(&list, &all), ["Yen Co", "Dollar Inc", "Euro GmbH", "Pound Ltd"], "the order holds");
}
