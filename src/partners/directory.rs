//! Partner organisations as vendor staff keep them: the partner form and its
//! rules, adding a partner (within the plan's limit) and changing one —
//! details, tier, suspension — each in one transaction with its audit entry.
//! The admin pages and the tenant API both come here.

use diesel::QueryResult;
use serde::Deserialize;

use crate::audit::{self, Actor, Entry};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::i18n::Translator;
use crate::tenancy::model as tenancy;
use crate::tenancy::organisations::{self as model, NewOrganisation, OrgKind, OrgStatus, Organisation, PartnerChanges};
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};

/// The partner form: adding a partner, and (with a status) editing one.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct PartnerForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub tier_id: String,
    #[serde(default)]
    pub email_domains: String,
    /// Only on the edit form.
    #[serde(default)]
    pub status: String,
    /// Only on the add form (`tenancy::form_keys`).
    #[serde(default)]
    pub form_key: String,
}

/// A partner organisation as the form describes it, validated.
#[derive(Debug, Clone)]
pub struct PartnerInput {
    pub name: String,
    pub website: Option<String>,
    pub country: Option<String>,
    /// A tier id as sent; the service keeps it only if it is one of the tenant's.
    pub tier_id: Option<i64>,
    /// Comma-separated, normalised.
    pub domains: String,
    pub status: OrgStatus,
}

impl PartnerForm {
    /// The form as an organisation stands (to change part of it).
    pub fn of(org: &Organisation) -> PartnerForm {
        PartnerForm {
            name: org.name.clone(),
            website: org.website.clone().unwrap_or_default(),
            country: org.country.clone().unwrap_or_default(),
            tier_id: org.tier_id.map(|t| t.to_string()).unwrap_or_default(),
            email_domains: org.email_domains.clone(),
            status: org.status.clone(),
            form_key: String::new(),
        }
    }

    /// `editing` forms carry a status (active or suspended); new partners are active.
    pub fn validate(&self, t: &Translator, editing: bool) -> Result<PartnerInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 120);
        let website = validate::website(t, &mut errors, "website", &self.website);
        let country = validate::country(t, &mut errors, "country", &self.country, false);
        let domains = validate::email_domains(t, &mut errors, "email_domains", &self.email_domains, false);
        let status = match (editing, self.status.as_str()) {
            (false, _) => OrgStatus::Active,
            (true, "active") => OrgStatus::Active,
            (true, "suspended") => OrgStatus::Suspended,
            (true, _) => {
                errors.add("status", t.t("form-invalid-choice"));
                OrgStatus::Active
            }
        };
        let tier_id = match self.tier_id.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.add("tier_id", t.t("form-invalid-choice"));
                    None
                }
            },
        };
        errors.into_result(PartnerInput {
            name,
            website: (!website.is_empty()).then_some(website),
            country: (!country.is_empty()).then_some(country),
            tier_id,
            domains: domains.join(","),
            status,
        })
    }
}

/// A rule a partner change broke, which the person can mend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerRefusal {
    /// Another partner organisation of the tenant has the name.
    NameTaken,
    /// Not one of the tenant's tiers.
    UnknownTier,
}

impl PartnerRefusal {
    /// The form field it belongs to, and its message id.
    pub fn field(self) -> (&'static str, &'static str) {
        match self {
            PartnerRefusal::NameTaken => ("name", "partners-name-taken"),
            PartnerRefusal::UnknownTier => ("tier_id", "form-invalid-choice"),
        }
    }
}

/// What a change did, for whoever is told about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerChange {
    Created,
    Updated,
    Suspended,
}

impl PartnerChange {
    pub fn action(self) -> &'static str {
        match self {
            PartnerChange::Created => "partner.created",
            PartnerChange::Updated => "partner.updated",
            PartnerChange::Suspended => "partner.suspended",
        }
    }
}

/// The change, to the tenant's webhook endpoints, in the caller's transaction.
fn announce(conn: &mut AnyConnection, scope: &TenantScope, change: PartnerChange, org: &Organisation) -> QueryResult<()> {
    use crate::webhooks::EventType;
    let event = match change {
        PartnerChange::Created => EventType::PartnerCreated,
        PartnerChange::Updated => EventType::PartnerUpdated,
        PartnerChange::Suspended => EventType::PartnerSuspended,
    };
    let data = crate::webhooks::events::PartnerData {
        id: org.id,
        name: org.name.clone(),
        status: org.status.clone(),
        tier_id: org.tier_id,
        country: org.country.clone(),
        website: org.website.clone(),
    };
    crate::webhooks::emit(conn, scope, event, &data)
}

fn tier_known(conn: &mut AnyConnection, scope: &TenantScope, tier_id: Option<i64>) -> QueryResult<bool> {
    let Some(id) = tier_id else { return Ok(true) };
    Ok(tenancy::tiers(conn, scope)?.iter().any(|t| t.id == id))
}

/// A new partner organisation, active, within the plan's limit.
pub fn create(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    partner: &PartnerInput,
) -> Result<Result<Organisation, PartnerRefusal>, AppError> {
    db::transaction(conn, |c| {
        if model::partner_name_taken(c, scope, &partner.name, None)? {
            return Ok(Err(PartnerRefusal::NameTaken));
        }
        if !tier_known(c, scope, partner.tier_id)? {
            return Ok(Err(PartnerRefusal::UnknownTier));
        }
        // The plan's limit on partner organisations, decided inside this write.
        crate::tenancy::usage::ensure(c, scope, crate::tenancy::usage::Metric::Partners, 1)?;
        let now = db::now();
        let org = model::insert(
            c,
            scope,
            &NewOrganisation {
                kind: OrgKind::Partner.as_str(),
                name: &partner.name,
                website: partner.website.as_deref(),
                country: partner.country.as_deref(),
                tier_id: partner.tier_id,
                status: OrgStatus::Active.as_str(),
                created_at: now,
                updated_at: now,
            },
        )?;
        model::set_email_domains(c, scope, org.id, &partner.domains)?;
        let changes =
            serde_json::json!({ "name": org.name, "tier_id": org.tier_id, "status": org.status, "email_domains": partner.domains });
        audit::record(c, scope, who, &Entry::new(PartnerChange::Created.action(), "organisation", org.id).changes(changes))?;
        let org = model::find(c, scope, org.id)?.ok_or(AppError::NotFound)?;
        announce(c, scope, PartnerChange::Created, &org)?;
        Ok(Ok(org))
    })
}

/// Changes a partner organisation: details, tier and status at once.
/// Suspending it ends its people's sessions.
pub fn update(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    id: i64,
    partner: &PartnerInput,
) -> Result<Result<(Organisation, PartnerChange), PartnerRefusal>, AppError> {
    db::transaction(conn, |c| {
        let before = model::find(c, scope, id)?.filter(|o| o.kind == OrgKind::Partner.as_str()).ok_or(AppError::NotFound)?;
        if model::partner_name_taken(c, scope, &partner.name, Some(id))? {
            return Ok(Err(PartnerRefusal::NameTaken));
        }
        if !tier_known(c, scope, partner.tier_id)? {
            return Ok(Err(PartnerRefusal::UnknownTier));
        }
        let changes = PartnerChanges {
            name: &partner.name,
            website: partner.website.as_deref(),
            country: partner.country.as_deref(),
            tier_id: partner.tier_id,
            status: partner.status.as_str(),
            email_domains: &partner.domains,
            updated_at: db::now(),
        };
        model::update(c, scope, id, &changes)?;
        let change = match (before.status.as_str(), partner.status) {
            (old, OrgStatus::Suspended) if old != OrgStatus::Suspended.as_str() => PartnerChange::Suspended,
            _ => PartnerChange::Updated,
        };
        let diff = serde_json::json!({
            "name": partner.name,
            "website": partner.website,
            "country": partner.country,
            "tier_id": { "from": before.tier_id, "to": partner.tier_id },
            "status": { "from": before.status, "to": partner.status.as_str() },
            "email_domains": partner.domains,
        });
        audit::record(c, scope, who, &Entry::new(change.action(), "organisation", id).changes(diff))?;
        if partner.status == OrgStatus::Suspended {
            // A suspended organisation signs nobody in, from now on.
            crate::identity::sessions::end_organisation_sessions(c, scope, id)?;
        }
        let org = model::find(c, scope, id)?.ok_or(AppError::NotFound)?;
        announce(c, scope, change, &org)?;
        tracing::info!(tenant_id = scope.tenant_id(), org_id = id, "partner.saved");
        Ok(Ok((org, change)))
    })
}
