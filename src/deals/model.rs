//! Deal rows and their queries. Every query takes a `Viewer` (the tenant
//! scope, narrowed to one partner organisation — and for partner users to
//! their own deals — by the user's role), so nothing reaches another
//! tenant's or another partner's deals.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::state::DealStatus;
use crate::db::AnyConnection;
use crate::db::schema::{deal_events, deal_products, deals, organisations, products, tiers, users};
use crate::identity::auth::AuthUser;
use crate::identity::rbac::Role;
use crate::tenancy::scope::{TenantScope, scoped};

/// Whose deals a query may touch.
#[derive(Debug, Clone, Copy)]
pub struct Viewer {
    pub scope: TenantScope,
    /// Partner users see the deals they registered themselves.
    pub only_user: Option<i64>,
}

impl Viewer {
    pub fn of(user: &AuthUser) -> Self {
        let only_user = (user.role == Role::PartnerUser).then_some(user.user.id);
        Self { scope: user.scope, only_user }
    }

    /// The whole tenant (vendor staff, jobs) — the scope decides.
    pub fn tenant(scope: TenantScope) -> Self {
        Self { scope, only_user: None }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = deals)]
pub struct Deal {
    pub id: i64,
    pub tenant_id: i64,
    pub public_id: String,
    pub partner_org_id: i64,
    pub submitted_by: i64,
    pub customer_company: String,
    pub company_key: String,
    pub customer_domain: String,
    pub domain_key: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub value_minor: i64,
    pub currency: String,
    pub expected_close: NaiveDate,
    pub description: String,
    pub status: String,
    pub needs_review: i32,
    pub protected_until: Option<NaiveDateTime>,
    pub extension_requested: i32,
    pub expiry_warned: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    /// The value in the tenant's reporting currency (minor units), 0 while
    /// the deal's currency has no rate (`tenancy::currency`).
    pub value_reporting: i64,
}

impl Deal {
    pub fn status(&self) -> DealStatus {
        DealStatus::parse(&self.status).unwrap_or(DealStatus::Draft)
    }
}

/// The editable fields of a deal (status and ownership are never among them).
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = deals)]
pub struct DealFields {
    pub customer_company: String,
    pub company_key: String,
    pub customer_domain: String,
    pub domain_key: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub value_minor: i64,
    pub currency: String,
    pub expected_close: NaiveDate,
    pub description: String,
    /// Worked out from the value and currency with the tenant's rates.
    pub value_reporting: i64,
}

/// The deals a viewer may see: the scope's (tenant, and partner
/// organisation when narrowed), and for a partner user only their own.
macro_rules! visible {
    ($viewer:expr) => {{
        let viewer: &Viewer = $viewer;
        let query = scoped!(deals, &viewer.scope, narrowed by partner_org_id);
        match viewer.only_user {
            Some(user) => query.filter(deals::submitted_by.eq(user)),
            None => query,
        }
    }};
}

pub fn find(conn: &mut AnyConnection, viewer: &Viewer, public_id: &str) -> QueryResult<Option<Deal>> {
    visible!(viewer).filter(deals::public_id.eq(public_id)).select(Deal::as_select()).first(conn).optional()
}

pub fn insert(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    org: i64,
    user: i64,
    fields: &DealFields,
    now: NaiveDateTime,
) -> QueryResult<Deal> {
    let public_id = uuid::Uuid::new_v4().simple().to_string();
    diesel::insert_into(deals::table)
        .values((
            deals::tenant_id.eq(viewer.scope.tenant_id()),
            deals::public_id.eq(public_id),
            deals::partner_org_id.eq(org),
            deals::submitted_by.eq(user),
            fields,
            deals::status.eq(DealStatus::Draft.as_str()),
            deals::created_at.eq(now),
            deals::updated_at.eq(now),
        ))
        .returning(deals::all_columns)
        .get_result(conn)
}

pub fn update_fields(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    deal_id: i64,
    fields: &DealFields,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(scoped!(deals, viewer.scope).filter(deals::id.eq(deal_id))).set((fields, deals::updated_at.eq(now))).execute(conn)
}

/// A move of a deal between statuses, and what changes with it.
#[derive(Debug, Clone, Copy)]
pub struct StatusChange {
    pub from: DealStatus,
    pub to: DealStatus,
    /// Sets the "needs review" flag (conflicts); `None` leaves it.
    pub needs_review: Option<bool>,
    /// Sets or clears the end of protection; `None` leaves it.
    pub protected_until: Option<Option<NaiveDateTime>>,
}

impl StatusChange {
    pub fn new(from: DealStatus, to: DealStatus) -> Self {
        Self { from, to, needs_review: None, protected_until: None }
    }

    pub fn needs_review(self, flag: bool) -> Self {
        Self { needs_review: Some(flag), ..self }
    }

    pub fn protected_until(self, until: Option<NaiveDateTime>) -> Self {
        Self { protected_until: Some(until), ..self }
    }
}

/// Moves a deal from `change.from` to `change.to` — only if it is still in
/// `from` (another request may have moved it meanwhile).
pub fn set_status(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    deal_id: i64,
    change: &StatusChange,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let StatusChange { from, to, needs_review, protected_until } = *change;
    let target = scoped!(deals, scope).filter(deals::id.eq(deal_id)).filter(deals::status.eq(from.as_str()));
    let submitted_at = (to == DealStatus::Submitted).then_some(now);
    let decided =
        matches!(to, DealStatus::Approved | DealStatus::Rejected | DealStatus::Won | DealStatus::Lost | DealStatus::Expired).then_some(now);
    let changed = diesel::update(target).set((deals::status.eq(to.as_str()), deals::updated_at.eq(now))).execute(conn)?;
    if changed == 0 {
        return Ok(0);
    }
    let row = scoped!(deals, scope).filter(deals::id.eq(deal_id));
    if let Some(at) = submitted_at {
        diesel::update(row).set(deals::submitted_at.eq(Some(at))).execute(conn)?;
    }
    if let Some(at) = decided {
        diesel::update(row).set(deals::decided_at.eq(Some(at))).execute(conn)?;
    }
    if let Some(flag) = needs_review {
        diesel::update(row).set(deals::needs_review.eq(i32::from(flag))).execute(conn)?;
    }
    if let Some(until) = protected_until {
        diesel::update(row)
            .set((deals::protected_until.eq(until), deals::expiry_warned.eq(0), deals::extension_requested.eq(0)))
            .execute(conn)?;
    }
    Ok(changed)
}

pub fn set_extension_requested(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64, requested: bool) -> QueryResult<usize> {
    diesel::update(scoped!(deals, scope).filter(deals::id.eq(deal_id)))
        .set(deals::extension_requested.eq(i32::from(requested)))
        .execute(conn)
}

pub fn extend(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64, until: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(scoped!(deals, scope).filter(deals::id.eq(deal_id)))
        .set((deals::protected_until.eq(Some(until)), deals::extension_requested.eq(0), deals::expiry_warned.eq(0)))
        .execute(conn)
}

pub fn mark_warned(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64) -> QueryResult<usize> {
    diesel::update(scoped!(deals, scope).filter(deals::id.eq(deal_id))).set(deals::expiry_warned.eq(1)).execute(conn)
}

/// Open deals of the tenant that match a company or domain key (other than `except`).
pub fn matching_open(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    company_key: &str,
    domain_key: &str,
    except: i64,
) -> QueryResult<Vec<Deal>> {
    let open: Vec<&str> = DealStatus::ALL.into_iter().filter(|s| s.is_open()).map(DealStatus::as_str).collect();
    let mut query = scoped!(deals, scope).filter(deals::status.eq_any(open)).filter(deals::id.ne(except)).into_boxed();
    query = match (company_key.is_empty(), domain_key.is_empty()) {
        (false, false) => query.filter(deals::company_key.eq(company_key).or(deals::domain_key.eq(domain_key))),
        (false, true) => query.filter(deals::company_key.eq(company_key)),
        (true, false) => query.filter(deals::domain_key.eq(domain_key)),
        (true, true) => return Ok(Vec::new()),
    };
    query.select(Deal::as_select()).order(deals::id.asc()).limit(50).load(conn)
}

pub fn count_open_for_partner(conn: &mut AnyConnection, scope: &TenantScope, org: i64) -> QueryResult<i64> {
    let open: Vec<&str> = DealStatus::ALL.into_iter().filter(|s| s.is_open()).map(DealStatus::as_str).collect();
    scoped!(deals, scope).filter(deals::partner_org_id.eq(org)).filter(deals::status.eq_any(open)).count().get_result(conn)
}

/// Drafts `user` keeps in the tenant.
pub fn count_drafts_of(conn: &mut AnyConnection, scope: &TenantScope, user: i64) -> QueryResult<i64> {
    scoped!(deals, scope).filter(deals::submitted_by.eq(user)).filter(deals::status.eq(DealStatus::Draft.as_str())).count().get_result(conn)
}

/// Approved deals whose protection ends before `before` (the expiry job).
pub fn approved_ending_before(conn: &mut AnyConnection, scope: &TenantScope, before: NaiveDateTime) -> QueryResult<Vec<Deal>> {
    scoped!(deals, scope)
        .filter(deals::status.eq(DealStatus::Approved.as_str()))
        .filter(deals::protected_until.lt(before))
        .select(Deal::as_select())
        .order(deals::id.asc())
        .limit(500)
        .load(conn)
}

// ---- products ----

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = products)]
pub struct Product {
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub sku: String,
    pub active: i32,
    pub created_at: NaiveDateTime,
}

pub fn products(conn: &mut AnyConnection, scope: &TenantScope, active_only: bool) -> QueryResult<Vec<Product>> {
    let mut query = scoped!(products, scope).order(products::name.asc()).into_boxed();
    if active_only {
        query = query.filter(products::active.eq(1));
    }
    query.select(Product::as_select()).load(conn)
}

pub fn insert_product(conn: &mut AnyConnection, scope: &TenantScope, name: &str, sku: &str, now: NaiveDateTime) -> QueryResult<i64> {
    diesel::insert_into(products::table)
        .values((
            products::tenant_id.eq(scope.tenant_id()),
            products::name.eq(name),
            products::sku.eq(sku),
            products::active.eq(1),
            products::created_at.eq(now),
        ))
        .returning(products::id)
        .get_result(conn)
}

pub fn set_product_active(conn: &mut AnyConnection, scope: &TenantScope, id: i64, active: bool) -> QueryResult<usize> {
    diesel::update(scoped!(products, scope).filter(products::id.eq(id))).set(products::active.eq(i32::from(active))).execute(conn)
}

pub fn deal_product_ids(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64) -> QueryResult<Vec<i64>> {
    scoped!(deal_products, scope).filter(deal_products::deal_id.eq(deal_id)).select(deal_products::product_id).load(conn)
}

/// The product names of each of `deal_ids` (for exports), in name order.
pub fn product_names_of(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    deal_ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, Vec<String>>> {
    let names: std::collections::HashMap<i64, String> = products(conn, scope, false)?.into_iter().map(|p| (p.id, p.name)).collect();
    let mut out: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
    for chunk in deal_ids.chunks(500) {
        let pairs: Vec<(i64, i64)> = scoped!(deal_products, scope)
            .filter(deal_products::deal_id.eq_any(chunk))
            .select((deal_products::deal_id, deal_products::product_id))
            .load(conn)?;
        for (deal, product) in pairs {
            if let Some(name) = names.get(&product) {
                out.entry(deal).or_default().push(name.clone());
            }
        }
    }
    for list in out.values_mut() {
        list.sort();
    }
    Ok(out)
}

/// Replaces a deal's products with `ids` (only this tenant's active products are kept).
pub fn set_deal_products(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64, ids: &[i64]) -> QueryResult<()> {
    let valid: Vec<i64> = products(conn, scope, true)?.into_iter().map(|p| p.id).filter(|id| ids.contains(id)).collect();
    diesel::delete(scoped!(deal_products, scope).filter(deal_products::deal_id.eq(deal_id))).execute(conn)?;
    for product_id in valid {
        diesel::insert_into(deal_products::table)
            .values((
                deal_products::tenant_id.eq(scope.tenant_id()),
                deal_products::deal_id.eq(deal_id),
                deal_products::product_id.eq(product_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

// ---- timeline ----

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = deal_events)]
pub struct DealEvent {
    pub id: i64,
    pub tenant_id: i64,
    pub deal_id: i64,
    pub actor_user_id: Option<i64>,
    pub action: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub comment: String,
    pub created_at: NaiveDateTime,
    /// The API token (its name then) the action came through.
    pub via_token: Option<String>,
    /// What vendor staff noted for each other: never shown to the partner.
    pub internal_note: String,
}

/// One new line of a deal's timeline: who did what, the move it made, and
/// the comment that went with it.
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    /// `None` for the system (automatic approval, expiry).
    pub actor: Option<i64>,
    pub action: &'a str,
    pub from: Option<DealStatus>,
    pub to: Option<DealStatus>,
    pub comment: &'a str,
    /// The API token's name, when the action came through the API.
    pub via_token: Option<&'a str>,
    /// Staff only (the comment is the message to the partner).
    pub internal_note: &'a str,
}

impl<'a> NewEvent<'a> {
    /// An action that moves nothing and says nothing more.
    pub fn by(actor: Option<i64>, action: &'a str) -> Self {
        Self { actor, action, from: None, to: None, comment: "", via_token: None, internal_note: "" }
    }

    /// The deal was created, as a draft.
    pub fn created(actor: Option<i64>) -> Self {
        Self { to: Some(DealStatus::Draft), ..Self::by(actor, "created") }
    }

    pub fn moved(self, from: DealStatus, to: DealStatus) -> Self {
        Self { from: Some(from), to: Some(to), ..self }
    }

    pub fn comment(self, comment: &'a str) -> Self {
        Self { comment, ..self }
    }

    pub fn via_token(self, via_token: Option<&'a str>) -> Self {
        Self { via_token, ..self }
    }

    pub fn internal_note(self, internal_note: &'a str) -> Self {
        Self { internal_note, ..self }
    }
}

pub fn record(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64, event: &NewEvent<'_>, now: NaiveDateTime) -> QueryResult<usize> {
    let NewEvent { actor, action, from, to, comment, via_token, internal_note } = *event;
    diesel::insert_into(deal_events::table)
        .values((
            deal_events::tenant_id.eq(scope.tenant_id()),
            deal_events::deal_id.eq(deal_id),
            deal_events::actor_user_id.eq(actor),
            deal_events::action.eq(action),
            deal_events::from_status.eq(from.map(DealStatus::as_str)),
            deal_events::to_status.eq(to.map(DealStatus::as_str)),
            deal_events::comment.eq(comment),
            deal_events::created_at.eq(now),
            deal_events::via_token.eq(via_token),
            deal_events::internal_note.eq(internal_note),
        ))
        .execute(conn)
}

/// The timeline with the actors' names.
pub fn timeline(conn: &mut AnyConnection, scope: &TenantScope, deal_id: i64) -> QueryResult<Vec<(DealEvent, Option<String>)>> {
    let source = deal_events::table
        .left_join(users::table.on(users::id.nullable().eq(deal_events::actor_user_id).and(users::tenant_id.eq(deal_events::tenant_id))));
    scoped!(source => deal_events, scope)
        .filter(deal_events::deal_id.eq(deal_id))
        .order(deal_events::id.asc())
        .select((DealEvent::as_select(), users::display_name.nullable()))
        .load(conn)
}

// ---- lists ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Newest,
    Oldest,
    ValueHigh,
    ValueLow,
    CloseSoon,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [SortKey::Newest, SortKey::Oldest, SortKey::ValueHigh, SortKey::ValueLow, SortKey::CloseSoon];

    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Newest => "newest",
            SortKey::Oldest => "oldest",
            SortKey::ValueHigh => "value_desc",
            SortKey::ValueLow => "value_asc",
            SortKey::CloseSoon => "close_asc",
        }
    }

    /// Only these sorts exist; anything else is the default.
    pub fn parse(s: &str) -> SortKey {
        Self::ALL.into_iter().find(|k| k.as_str() == s).unwrap_or(SortKey::Newest)
    }
}

#[derive(Debug, Clone, Default)]
pub struct DealFilter {
    pub status: Option<DealStatus>,
    pub partner_org_id: Option<i64>,
    pub product_id: Option<i64>,
    pub created_from: Option<NaiveDateTime>,
    pub created_to: Option<NaiveDateTime>,
    pub value_min: Option<i64>,
    pub value_max: Option<i64>,
    pub search: Option<String>,
    pub needs_review: bool,
}

/// Where the next page starts: the sort value and id of the last row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    Id(i64),
    Value(i64, i64),
    Date(NaiveDate, i64),
}

impl Cursor {
    pub fn encode(&self) -> String {
        match self {
            Cursor::Id(id) => format!("i{id}"),
            Cursor::Value(v, id) => format!("v{v}.{id}"),
            Cursor::Date(d, id) => format!("d{}.{id}", d.format("%Y%m%d")),
        }
    }

    pub fn decode(text: &str) -> Option<Cursor> {
        let (kind, rest) = text.split_at_checked(1)?;
        match kind {
            "i" => rest.parse().ok().map(Cursor::Id),
            "v" => {
                let (v, id) = rest.split_once('.')?;
                Some(Cursor::Value(v.parse().ok()?, id.parse().ok()?))
            }
            "d" => {
                let (d, id) = rest.split_once('.')?;
                Some(Cursor::Date(NaiveDate::parse_from_str(d, "%Y%m%d").ok()?, id.parse().ok()?))
            }
            _ => None,
        }
    }
}

/// What one row of the deal list shows: reading only these columns keeps a
/// 50-row page cheap (the full `Deal` has 25).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = deals)]
pub struct DealSummary {
    pub id: i64,
    pub public_id: String,
    pub partner_org_id: i64,
    pub customer_company: String,
    pub customer_domain: String,
    pub value_minor: i64,
    pub currency: String,
    pub expected_close: NaiveDate,
    pub status: String,
    pub needs_review: i32,
    pub value_reporting: i64,
}

impl DealSummary {
    pub fn status(&self) -> DealStatus {
        DealStatus::parse(&self.status).unwrap_or(DealStatus::Draft)
    }
}

impl From<&Deal> for DealSummary {
    fn from(d: &Deal) -> Self {
        Self {
            id: d.id,
            public_id: d.public_id.clone(),
            partner_org_id: d.partner_org_id,
            customer_company: d.customer_company.clone(),
            customer_domain: d.customer_domain.clone(),
            value_minor: d.value_minor,
            currency: d.currency.clone(),
            expected_close: d.expected_close,
            status: d.status.clone(),
            needs_review: d.needs_review,
            value_reporting: d.value_reporting,
        }
    }
}

/// A row of the deal list, with its partner's name (staff lists only).
pub struct DealRow {
    pub deal: DealSummary,
    pub partner: String,
}

/// What the list, its paging and its money column need of a deal, full or
/// summarised.
pub trait Listed {
    /// `(id, value_reporting, expected_close)`: the keyset columns (value
    /// sorts compare the value in the reporting currency).
    fn key(&self) -> (i64, i64, NaiveDate);
    /// `(value_minor, currency)`.
    fn price(&self) -> (i64, &str);

    fn cursor(&self, sort: SortKey) -> Cursor {
        let (id, value, close) = self.key();
        match sort {
            SortKey::Newest | SortKey::Oldest => Cursor::Id(id),
            SortKey::ValueHigh | SortKey::ValueLow => Cursor::Value(value, id),
            SortKey::CloseSoon => Cursor::Date(close, id),
        }
    }
}

impl Listed for Deal {
    fn key(&self) -> (i64, i64, NaiveDate) {
        (self.id, self.value_reporting, self.expected_close)
    }
    fn price(&self) -> (i64, &str) {
        (self.value_minor, &self.currency)
    }
}

impl Listed for DealSummary {
    fn key(&self) -> (i64, i64, NaiveDate) {
        (self.id, self.value_reporting, self.expected_close)
    }
    fn price(&self) -> (i64, &str) {
        (self.value_minor, &self.currency)
    }
}

type DealQuery = deals::BoxedQuery<'static, <AnyConnection as diesel::Connection>::Backend>;

/// How many deals the viewer may see match the filter (every page of the list).
pub fn count(conn: &mut AnyConnection, viewer: &Viewer, filter: &DealFilter) -> QueryResult<i64> {
    matching(viewer, filter).count().get_result(conn)
}

/// The deals the viewer may see, filtered, sorted and positioned after the cursor.
fn filtered(viewer: &Viewer, filter: &DealFilter, sort: SortKey, after: Option<&Cursor>) -> DealQuery {
    let query = matching(viewer, filter);
    positioned(query, sort, after)
}

/// The deals the viewer may see that match the filter, in no order.
fn matching(viewer: &Viewer, filter: &DealFilter) -> DealQuery {
    let mut query = visible!(viewer);
    if let Some(status) = filter.status {
        query = query.filter(deals::status.eq(status.as_str()));
    }
    if let Some(org) = filter.partner_org_id {
        query = query.filter(deals::partner_org_id.eq(org));
    }
    if let Some(product) = filter.product_id {
        let with_product =
            scoped!(deal_products, viewer.scope).filter(deal_products::product_id.eq(product)).select(deal_products::deal_id);
        query = query.filter(deals::id.eq_any(with_product));
    }
    if let Some(from) = filter.created_from {
        query = query.filter(deals::created_at.ge(from));
    }
    if let Some(to) = filter.created_to {
        query = query.filter(deals::created_at.lt(to));
    }
    // Amounts in the reporting currency, compared with each deal's converted value.
    if let Some(min) = filter.value_min {
        query = query.filter(deals::value_reporting.ge(min));
    }
    if let Some(max) = filter.value_max {
        query = query.filter(deals::value_reporting.le(max));
    }
    if filter.needs_review {
        query = query.filter(deals::needs_review.eq(1));
    }
    if let Some(term) = filter.search.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        // LIKE with our own escaping: the term is data, never a pattern.
        let pattern = crate::db::contains_pattern(term);
        let key = format!("%{}%", super::normalize::company_key(term).replace('%', "\\%").replace('_', "\\_"));
        query = query.filter(
            deals::company_key
                .like(key)
                .escape('\\')
                .or(deals::domain_key.like(pattern.clone()).escape('\\'))
                .or(deals::contact_email.like(pattern).escape('\\')),
        );
    }
    query
}

/// Sorted, after the cursor.
fn positioned(query: DealQuery, sort: SortKey, after: Option<&Cursor>) -> DealQuery {
    let query = match (sort, after) {
        (SortKey::Newest, Some(Cursor::Id(id))) => query.filter(deals::id.lt(*id)),
        (SortKey::Oldest, Some(Cursor::Id(id))) => query.filter(deals::id.gt(*id)),
        (SortKey::ValueHigh, Some(Cursor::Value(v, id))) => {
            query.filter(deals::value_reporting.lt(*v).or(deals::value_reporting.eq(*v).and(deals::id.lt(*id))))
        }
        (SortKey::ValueLow, Some(Cursor::Value(v, id))) => {
            query.filter(deals::value_reporting.gt(*v).or(deals::value_reporting.eq(*v).and(deals::id.gt(*id))))
        }
        (SortKey::CloseSoon, Some(Cursor::Date(d, id))) => {
            query.filter(deals::expected_close.gt(*d).or(deals::expected_close.eq(*d).and(deals::id.gt(*id))))
        }
        _ => query,
    };
    match sort {
        SortKey::Newest => query.order(deals::id.desc()),
        SortKey::Oldest => query.order(deals::id.asc()),
        SortKey::ValueHigh => query.order((deals::value_reporting.desc(), deals::id.desc())),
        SortKey::ValueLow => query.order((deals::value_reporting.asc(), deals::id.asc())),
        SortKey::CloseSoon => query.order((deals::expected_close.asc(), deals::id.asc())),
    }
}

/// Cuts `limit + 1` rows to a page and the cursor of the next one.
fn page<T: Listed>(mut rows: Vec<T>, sort: SortKey, limit: i64) -> (Vec<T>, Option<Cursor>) {
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next = if more { rows.last().map(|d| d.cursor(sort)) } else { None };
    (rows, next)
}

/// One page of the deal list the viewer may see; `limit + 1` rows are read
/// to know whether another page follows.
pub fn list(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    filter: &DealFilter,
    sort: SortKey,
    after: Option<&Cursor>,
    limit: i64,
) -> QueryResult<(Vec<DealSummary>, Option<Cursor>)> {
    let rows = filtered(viewer, filter, sort, after).select(DealSummary::as_select()).limit(limit + 1).load(conn)?;
    Ok(page(rows, sort, limit))
}

/// Like `list`, with every column (CSV export).
pub fn list_full(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    filter: &DealFilter,
    sort: SortKey,
    after: Option<&Cursor>,
    limit: i64,
) -> QueryResult<(Vec<Deal>, Option<Cursor>)> {
    let rows = filtered(viewer, filter, sort, after).select(Deal::as_select()).limit(limit + 1).load(conn)?;
    Ok(page(rows, sort, limit))
}

/// Pairs rows with their partner organisation's name, in one query.
pub fn with_partner_names<T>(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    rows: Vec<T>,
    org_of: impl Fn(&T) -> i64,
) -> QueryResult<Vec<(T, String)>> {
    let mut ids: Vec<i64> = rows.iter().map(&org_of).collect();
    ids.sort_unstable();
    ids.dedup();
    let names = partner_names(conn, scope, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let org = org_of(&row);
            let name = names.iter().find(|(id, _)| *id == org).map(|(_, n)| n.clone()).unwrap_or_default();
            (row, name)
        })
        .collect())
}

/// One partner organisation's name ("" when it is not in the scope's tenant).
pub fn partner_name(conn: &mut AnyConnection, scope: &TenantScope, org: i64) -> QueryResult<String> {
    Ok(partner_names(conn, scope, &[org])?.pop().map(|(_, name)| name).unwrap_or_default())
}

fn partner_names(conn: &mut AnyConnection, scope: &TenantScope, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    scoped!(organisations, scope).filter(organisations::id.eq_any(ids)).select((organisations::id, organisations::name)).load(conn)
}

/// Minimal columns of every deal the viewer may see, for analytics.
pub struct DealFacts {
    pub status: String,
    pub partner_org_id: i64,
    pub partner: String,
    pub tier: Option<String>,
    /// The tier's place in the tenant's order (charts list tiers so).
    pub tier_rank: Option<i32>,
    pub value_minor: i64,
    pub currency: String,
    /// In the reporting currency; 0 while the currency has no rate.
    pub value_reporting: i64,
    pub created_at: NaiveDateTime,
}

/// Deals registered from `from` and before `to` (either open).
#[derive(Debug, Clone, Copy, Default)]
pub struct Period {
    pub from: Option<NaiveDateTime>,
    pub to: Option<NaiveDateTime>,
}

pub fn facts(conn: &mut AnyConnection, viewer: &Viewer, period: Period) -> QueryResult<Vec<DealFacts>> {
    let source = deals::table
        .inner_join(organisations::table.on(organisations::id.eq(deals::partner_org_id).and(organisations::tenant_id.eq(deals::tenant_id))))
        .left_join(tiers::table.on(tiers::id.nullable().eq(organisations::tier_id).and(tiers::tenant_id.eq(deals::tenant_id))));
    let mut query = scoped!(source => deals, &viewer.scope, narrowed by partner_org_id);
    if let Some(user) = viewer.only_user {
        query = query.filter(deals::submitted_by.eq(user));
    }
    if let Some(from) = period.from {
        query = query.filter(deals::created_at.ge(from));
    }
    if let Some(to) = period.to {
        query = query.filter(deals::created_at.lt(to));
    }
    type FactRow = (String, i64, String, Option<String>, Option<i32>, i64, String, i64, NaiveDateTime);
    let rows: Vec<FactRow> = query
        .select((
            deals::status,
            deals::partner_org_id,
            organisations::name,
            tiers::name.nullable(),
            tiers::rank.nullable(),
            deals::value_minor,
            deals::currency,
            deals::value_reporting,
            deals::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(status, partner_org_id, partner, tier, tier_rank, value_minor, currency, value_reporting, created_at)| DealFacts {
            status,
            partner_org_id,
            partner,
            tier,
            tier_rank,
            value_minor,
            currency,
            value_reporting,
            created_at,
        })
        .collect())
}
