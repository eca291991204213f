//! Deal pages and fragments.

use askama::Template;

use crate::deals::forms::DealForm;
use crate::deals::model::{Deal, DealEvent, DealRow, DealSummary, Listed, Product};
use crate::deals::service::Conflict;
use crate::deals::state::{DealAction, DealStatus};
use crate::i18n;
use crate::identity::rbac::Permission;
use crate::validate::FieldErrors;
use crate::web::chart::Chart;
use crate::web::ctx::PageCtx;

/// Formatting shared by every deal view.
pub trait DealFormat {
    fn ctx(&self) -> &PageCtx;

    fn money(&self, d: &impl Listed) -> String {
        let (value_minor, currency) = d.price();
        i18n::format_money(self.ctx().locale(), value_minor, currency)
    }

    fn status_label(&self, status: &str) -> String {
        DealStatus::parse(status).map(|s| self.ctx().t(&s.message_id())).unwrap_or_default()
    }

    fn date(&self, d: &chrono::NaiveDate) -> String {
        self.ctx().format_day(d)
    }

    fn when(&self, at: &chrono::NaiveDateTime) -> String {
        self.ctx().format_datetime(*at)
    }

    fn day(&self, at: &chrono::NaiveDateTime) -> String {
        self.ctx().format_date(*at)
    }

    /// Why an inline decision on a row was refused (only a row answered on
    /// its own carries one).
    fn refusal(&self) -> Option<&str> {
        None
    }
}

pub struct FilterValues {
    pub status: String,
    pub partner: String,
    pub product: String,
    pub from: String,
    pub to: String,
    pub min: String,
    pub max: String,
    pub q: String,
    pub sort: String,
    pub review: bool,
    /// The reporting currency the value bounds are in (not part of the query).
    pub currency: String,
}

impl FilterValues {
    /// The query string of these filters (for CSV export and paging links).
    pub fn query(&self) -> String {
        self.encoded(true)
    }

    /// The filters without the sort (for the sortable headings).
    pub fn base(&self) -> String {
        self.encoded(false)
    }

    /// Whether any filter narrows the list.
    pub fn any(&self) -> bool {
        !self.base().is_empty()
    }

    fn encoded(&self, with_sort: bool) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        let sort = if with_sort { self.sort.as_str() } else { "" };
        for (k, v) in [
            ("status", self.status.as_str()),
            ("partner", &self.partner),
            ("product", &self.product),
            ("from", &self.from),
            ("to", &self.to),
            ("min", &self.min),
            ("max", &self.max),
            ("q", &self.q),
            ("sort", sort),
        ] {
            if !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        if self.review {
            s.append_pair("review", "1");
        }
        s.finish()
    }
}

pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "deals/list.html")]
pub struct ListPage {
    pub ctx: PageCtx,
    pub filters: FilterValues,
    pub statuses: Vec<Choice>,
    pub partners: Vec<Choice>,
    pub products: Vec<Choice>,
    pub sorts: Vec<Choice>,
    pub listing: Listing,
    pub query: String,
    pub reviewer: bool,
}

/// One page of the deal list and how to get around it: the total, the
/// next rows (appended with htmx, a page of their own without script),
/// the way back to the first page, and sortable column headings.
pub struct Listing {
    pub rows: Vec<DealRow>,
    /// Every deal the filters match.
    pub count: i64,
    /// The next page's address, if there is one.
    pub next: Option<String>,
    /// Whether a filter is set (so there is something to clear).
    pub filtered: bool,
    /// Whether this page starts past the first (a page of its own, without script).
    pub paged: bool,
    /// The filters' query string without the sort.
    pub base: String,
    /// The sort in force ("" for the default).
    pub sort: String,
}

impl Listing {
    /// The list sorted by `key`, with the same filters, from the start.
    pub fn sort_href(&self, key: &str) -> String {
        if self.base.is_empty() { format!("/deals?sort={key}") } else { format!("/deals?{}&sort={key}", self.base) }
    }

    /// The sort a column's heading switches to: value high→low, then low→high.
    pub fn next_sort(&self, column: &str) -> &'static str {
        match (column, self.sort.as_str()) {
            ("value", "value_desc") => "value_asc",
            ("value", _) => "value_desc",
            (_, "close_asc") => "newest",
            _ => "close_asc",
        }
    }

    /// `aria-sort` of a column's heading, when the list is sorted by it.
    pub fn aria_sort(&self, column: &str) -> &'static str {
        match (column, self.sort.as_str()) {
            ("value", "value_desc") => "descending",
            ("value", "value_asc") | ("close", "close_asc") => "ascending",
            _ => "",
        }
    }

    /// The first page with the same filters and sort.
    pub fn first_href(&self) -> String {
        let parts: Vec<String> = [self.base.clone(), if self.sort.is_empty() { String::new() } else { format!("sort={}", self.sort) }]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        if parts.is_empty() { "/deals".into() } else { format!("/deals?{}", parts.join("&")) }
    }
}

impl DealFormat for ListPage {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl ListPage {
    pub fn sees_analytics(&self) -> bool {
        self.reviewer || self.ctx.user().is_some_and(|u| u.role == crate::identity::rbac::Role::PartnerAdmin)
    }

    pub fn can_decide(&self, d: &DealSummary) -> bool {
        self.reviewer && d.status() == DealStatus::Submitted && self.ctx.can(Permission::ReviewDeals)
    }
}

#[derive(Template)]
#[template(path = "deals/results.html")]
pub struct Results {
    pub ctx: PageCtx,
    pub listing: Listing,
    pub reviewer: bool,
}

/// Rows appended to the list ("more"), and the next "more" in place of the old.
#[derive(Template)]
#[template(path = "deals/more.html")]
pub struct MoreRows {
    pub ctx: PageCtx,
    pub listing: Listing,
    pub reviewer: bool,
}

impl DealFormat for MoreRows {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl MoreRows {
    pub fn can_decide(&self, d: &DealSummary) -> bool {
        self.reviewer && d.status() == DealStatus::Submitted && self.ctx.can(Permission::ReviewDeals)
    }
}

impl DealFormat for Results {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl Results {
    pub fn can_decide(&self, d: &DealSummary) -> bool {
        self.reviewer && d.status() == DealStatus::Submitted && self.ctx.can(Permission::ReviewDeals)
    }
}

#[derive(Template)]
#[template(path = "deals/row.html")]
pub struct RowFragment {
    pub ctx: PageCtx,
    pub row: DealRow,
    pub reviewer: bool,
    /// The refusal of the decision just tried on it.
    pub refused: Option<String>,
}

impl DealFormat for RowFragment {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }

    fn refusal(&self) -> Option<&str> {
        self.refused.as_deref()
    }
}

impl RowFragment {
    pub fn can_decide(&self, d: &DealSummary) -> bool {
        self.reviewer && d.status() == DealStatus::Submitted && self.ctx.can(Permission::ReviewDeals)
    }
}

#[derive(Template)]
#[template(path = "deals/form.html")]
pub struct FormPage {
    pub ctx: PageCtx,
    pub public_id: Option<String>,
    pub form: DealForm,
    pub errors: FieldErrors,
    pub products: Vec<Product>,
    pub currencies: Vec<&'static str>,
    pub alert: Option<String>,
    /// The deal is in `info_requested`: saving re-submits.
    pub resubmit: bool,
}

impl FormPage {
    /// The form for a new deal (`public_id` None) or an existing one, without messages.
    pub fn new(ctx: PageCtx, public_id: Option<String>, mut form: DealForm, products: Vec<Product>) -> Self {
        let currencies = crate::i18n::CURRENCIES.iter().map(|c| c.0).collect();
        if form.form_key.is_empty() {
            // A new one-time key for each form shown; a re-shown form keeps its own.
            form.form_key = crate::tenancy::form_keys::fresh();
        }
        Self { ctx, public_id, form, errors: FieldErrors::new(), products, currencies, alert: None, resubmit: false }
    }
}

#[derive(Template)]
#[template(path = "deals/conflict_hint.html")]
pub struct ConflictHint {
    pub ctx: PageCtx,
    pub conflict: bool,
}

pub struct TimelineEntry {
    pub event: DealEvent,
    pub actor: Option<String>,
}

#[derive(Template)]
#[template(path = "deals/detail.html")]
pub struct DetailPage {
    pub ctx: PageCtx,
    pub deal: Deal,
    pub partner: String,
    pub products: Vec<String>,
    pub timeline: Vec<TimelineEntry>,
    pub actions: Vec<DealAction>,
    pub can_edit: bool,
    pub can_request_extension: bool,
    pub can_decide_extension: bool,
    /// Vendor staff only: the deals this one collides with.
    pub conflicts: Vec<Conflict>,
    pub reviewer: bool,
    /// For the partner of a submitted deal: who decides, by when.
    pub review_by: Option<String>,
    pub alert: Option<String>,
    /// Deciding the conflict set: a refused attempt's messages and what was typed.
    pub errors: FieldErrors,
    pub resolving: Resolving,
}

/// What a reviewer typed to decide a conflict set, kept when it is refused.
#[derive(Debug, Default)]
pub struct Resolving {
    /// (public id, message to that deal's partner).
    pub reasons: Vec<(String, String)>,
    pub internal_note: String,
}

/// One deal of a conflict set, as its column shows it.
pub struct ConflictCard<'a> {
    pub deal: &'a Deal,
    pub partner: &'a str,
    pub this: bool,
    pub same_company: bool,
    pub same_domain: bool,
    pub same_partner: bool,
}

impl ConflictCard<'_> {
    /// The field of the message to this deal's partner should another deal win.
    pub fn reason_field(&self) -> String {
        format!("reason-{}", self.deal.public_id)
    }

    /// Waiting for review: it can win, or be rejected when another wins.
    pub fn decidable(&self) -> bool {
        DealAction::Approve.target(self.deal.status()).is_some()
    }
}

impl DealFormat for DetailPage {
    fn ctx(&self) -> &PageCtx {
        &self.ctx
    }
}

impl DetailPage {
    pub fn action_label(&self, a: &DealAction) -> String {
        self.ctx.t(&a.message_id())
    }

    pub fn needs_comment(&self, a: &DealAction) -> bool {
        a.needs_comment()
    }

    /// A vendor's decision: it carries a message to the partner and may carry an internal note.
    pub fn is_decision(&self, a: &DealAction) -> bool {
        a.side() == crate::deals::state::Side::Vendor
    }

    pub fn event_label(&self, e: &DealEvent) -> String {
        self.ctx.t(&format!("deal-event-{}", e.action))
    }

    /// Whether an event's comment is the vendor's (a decision) rather than the partner's.
    pub fn said_by_vendor(&self, e: &DealEvent) -> bool {
        DealAction::parse(&e.action).is_some_and(|a| a.side() == crate::deals::state::Side::Vendor)
    }

    /// The vendor's open question, for the partner: the latest request for
    /// information while the deal waits for the answer.
    pub fn question(&self) -> Option<&str> {
        if self.reviewer || self.deal.status() != crate::deals::state::DealStatus::InfoRequested {
            return None;
        }
        self.timeline.iter().rev().find(|t| t.event.action == DealAction::RequestInfo.as_str()).map(|t| t.event.comment.as_str())
    }

    /// Whether this user may answer it (and so resubmit).
    pub fn can_reply(&self) -> bool {
        self.actions.contains(&DealAction::Resubmit)
    }

    /// The conflict set side by side: this deal first, then the others.
    pub fn conflict_cards(&self) -> Vec<ConflictCard<'_>> {
        let this = ConflictCard {
            deal: &self.deal,
            partner: &self.partner,
            this: true,
            same_company: false,
            same_domain: false,
            same_partner: false,
        };
        std::iter::once(this)
            .chain(self.conflicts.iter().map(|c| ConflictCard {
                deal: &c.deal,
                partner: &c.partner,
                this: false,
                same_company: c.same_company,
                same_domain: c.same_domain,
                same_partner: c.same_partner,
            }))
            .collect()
    }

    /// Whether one step can decide the set: some deal can win and another
    /// would be rejected.
    pub fn can_resolve(&self) -> bool {
        let cards = self.conflict_cards();
        self.reviewer && cards.iter().filter(|c| c.decidable()).count() >= 2
    }

    /// What was typed for a deal's partner (after a refused attempt).
    pub fn reason_typed(&self, card: &ConflictCard<'_>) -> &str {
        self.resolving.reasons.iter().find(|(id, _)| *id == card.deal.public_id).map(|(_, r)| r.as_str()).unwrap_or_default()
    }

    pub fn card_money(&self, card: &ConflictCard<'_>) -> String {
        self.money(card.deal)
    }

    pub fn reason_label(&self, card: &ConflictCard<'_>) -> String {
        self.ctx.t_with("deal-conflict-reason", "partner", card.partner)
    }

    pub fn card_heading(&self, card: &ConflictCard<'_>) -> String {
        let key = if card.this { "deal-conflict-this-named" } else { "deal-conflict-other-named" };
        self.ctx.t_with2(key, "partner", card.partner, "company", &card.deal.customer_company)
    }
}

#[derive(Template)]
#[template(path = "deals/analytics.html")]
pub struct AnalyticsPage {
    pub ctx: PageCtx,
    pub charts: Vec<Chart>,
    pub total: String,
    /// The value of every deal in the range, converted.
    pub total_value: String,
    /// How values are converted ("in EUR, at rates of …").
    pub converted: String,
    pub value_heading: String,
    /// The date range as chosen (YYYY-MM-DD, or empty).
    pub from: String,
    pub to: String,
}

pub struct NotificationView {
    pub id: i64,
    pub text: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "deals/notifications.html")]
pub struct NotificationsPage {
    pub ctx: PageCtx,
    pub items: Vec<NotificationView>,
}
