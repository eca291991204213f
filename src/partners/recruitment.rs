//! Recruitment: applications sent through the public "Become a partner"
//! form (a per-address limit against spam) and their review by channel
//! managers — approval creates the organisation and invites its admin;
//! rejection tells the applicant why. The pages are `portal::apply` and
//! `admin::applications`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Actor, Entry};
use crate::config::Config;
use crate::db::schema::partner_applications;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::model::{self as users, UserStatus};
use crate::identity::rbac::{Permission, Role};
use crate::mail::compose::{ActionMail, Outgoing, Recipient, compose_for_tenant};
use crate::notifications::{self, Notice};
use crate::tenancy::model as tenancy;
use crate::tenancy::organisations::{self as orgs, NewOrganisation, OrgKind, OrgStatus};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::tenancy::usage::{self, Metric};

/// Applications one client address may send per hour.
const PER_ADDRESS_PER_HOUR: i64 = 3;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_applications)]
pub struct Application {
    pub id: i64,
    pub tenant_id: i64,
    pub company: String,
    pub website: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub message: String,
    pub status: String,
    pub reason: String,
    pub client_address: String,
    pub created_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
}

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationStatus {
    Pending,
    Approved,
    Rejected,
}

impl ApplicationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Pending => "pending",
            ApplicationStatus::Approved => "approved",
            ApplicationStatus::Rejected => "rejected",
        }
    }
}

impl Application {
    pub fn is_pending(&self) -> bool {
        self.status == ApplicationStatus::Pending.as_str()
    }
}

/// A validated application.
pub struct NewApplication {
    pub company: String,
    pub website: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub message: String,
}

/// Whether an application was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    Stored,
    /// This address sent too many within the hour; nothing was stored.
    TooMany,
}

/// Stores an application and tells the staff who review partners.
pub fn submit(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    config: &Config,
    slug: &str,
    application: &NewApplication,
    client_address: &str,
) -> Result<Submitted, AppError> {
    let now = db::now();
    let recent: i64 = scoped!(partner_applications, scope)
        .filter(partner_applications::client_address.eq(client_address))
        .filter(partner_applications::created_at.gt(now - chrono::Duration::hours(1)))
        .count()
        .get_result(conn)?;
    if recent >= PER_ADDRESS_PER_HOUR {
        return Ok(Submitted::TooMany);
    }
    db::transaction(conn, |c| -> Result<(), AppError> {
        let application_id = diesel::insert_into(partner_applications::table)
            .values((
                partner_applications::tenant_id.eq(scope.tenant_id()),
                partner_applications::company.eq(&application.company),
                partner_applications::website.eq(&application.website),
                partner_applications::country.eq(&application.country),
                partner_applications::contact_name.eq(&application.contact_name),
                partner_applications::contact_email.eq(&application.contact_email),
                partner_applications::message.eq(&application.message),
                partner_applications::status.eq(ApplicationStatus::Pending.as_str()),
                partner_applications::client_address.eq(client_address),
                partner_applications::created_at.eq(now),
            ))
            .returning(partner_applications::id)
            .get_result::<i64>(c)?;
        let data = crate::webhooks::events::ApplicationData {
            id: application_id,
            company: application.company.clone(),
            country: application.country.clone(),
            contact_name: application.contact_name.clone(),
            contact_email: application.contact_email.clone(),
        };
        crate::webhooks::emit(c, scope, crate::webhooks::EventType::ApplicationReceived, &data)?;
        let staff = users::with_permission(c, scope, Permission::ManagePartners, None)?;
        notifications::notify(
            c,
            scope,
            config,
            slug,
            &staff,
            &Notice {
                key: "notify-application",
                args: vec![("company", application.company.clone())],
                link: "/admin/applications".into(),
                mail: true,
                category: None,
            },
        )?;
        Ok(())
    })?;
    Ok(Submitted::Stored)
}

/// The latest applications of the tenant, newest first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Application>> {
    scoped!(partner_applications, scope).order(partner_applications::id.desc()).limit(200).select(Application::as_select()).load(conn)
}

fn pending(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> Result<Application, AppError> {
    scoped!(partner_applications, scope)
        .filter(partner_applications::id.eq(id))
        .filter(partner_applications::status.eq(ApplicationStatus::Pending.as_str()))
        .select(Application::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

fn decide(conn: &mut AnyConnection, scope: &TenantScope, id: i64, status: ApplicationStatus, reason: &str) -> QueryResult<usize> {
    diesel::update(scoped!(partner_applications, scope).filter(partner_applications::id.eq(id)))
        .set((
            partner_applications::status.eq(status.as_str()),
            partner_applications::reason.eq(reason),
            partner_applications::decided_at.eq(Some(db::now())),
        ))
        .execute(conn)
}

/// What approving an application did.
pub enum Approval {
    /// The organisation of this company exists and its admin is invited.
    Approved { company: String },
    /// The contact's address already has an account: nothing was changed.
    EmailTaken,
}

/// Approval: the organisation (lowest tier, the contact's domain), its admin
/// invited by e-mail — one transaction.
pub fn approve(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    config: &Config,
    slug: &str,
    id: i64,
) -> Result<Approval, AppError> {
    let scope = &scope.tenant_only();
    db::transaction(conn, |c| {
        let app = pending(c, scope, id)?;
        if users::find_by_email(c, scope, &app.contact_email)?.is_some() {
            return Ok(Approval::EmailTaken);
        }
        // The plan's limits: one more organisation and one more user.
        usage::ensure(c, scope, Metric::Partners, 1)?;
        usage::ensure(c, scope, Metric::Users, 1)?;
        let now = db::now();
        let tier = tenancy::tiers(c, scope)?.into_iter().min_by_key(|t| t.rank).map(|t| t.id);
        let org = orgs::insert(
            c,
            scope,
            &NewOrganisation {
                kind: OrgKind::Partner.as_str(),
                name: &app.company,
                website: (!app.website.is_empty()).then_some(app.website.as_str()),
                country: Some(&app.country),
                tier_id: tier,
                status: OrgStatus::Active.as_str(),
                created_at: now,
                updated_at: now,
            },
        )?;
        let domain = app.contact_email.rsplit_once('@').map(|(_, d)| d.to_string()).unwrap_or_default();
        orgs::set_email_domains(c, scope, org.id, &domain)?;
        let admin = users::insert(
            c,
            scope,
            &users::NewUser::new(org.id, &app.contact_email, &app.contact_name, Role::PartnerAdmin, UserStatus::Invited, now),
        )?;
        crate::identity::invitations::invite(c, scope, config, &admin, slug)?;
        decide(c, scope, id, ApplicationStatus::Approved, "")?;
        let changes = serde_json::json!({ "company": app.company, "organisation_id": org.id, "admin_email": app.contact_email });
        audit::record(c, scope, who, &Entry::new("application.approved", "application", id).changes(changes))?;
        tracing::info!(tenant_id = scope.tenant_id(), application = id, org_id = org.id, "recruitment.approved");
        Ok(Approval::Approved { company: app.company })
    })
}

/// Rejection with a reason, mailed to the applicant in the portal's default language.
pub fn reject(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    config: &Config,
    slug: &str,
    id: i64,
    reason: &str,
) -> Result<(), AppError> {
    let scope = &scope.tenant_only();
    db::transaction(conn, |c| {
        let app = pending(c, scope, id)?;
        decide(c, scope, id, ApplicationStatus::Rejected, reason)?;
        let changes = serde_json::json!({ "company": app.company, "reason": reason });
        audit::record(c, scope, who, &Entry::new("application.rejected", "application", id).changes(changes))?;
        let m = compose_for_tenant(c, scope, config, slug)?;
        let locale = m.locale_for(None);
        let t = m.translator(c, locale)?;
        let portal = m.settings.portal_name.clone();
        let mail = ActionMail {
            subject: t.t_args("mail-application-rejected-subject", &[("portal", &portal)]),
            greeting: t.t_args("mail-greeting", &[("name", &app.contact_name)]),
            paragraphs: vec![
                t.t_args("mail-application-rejected-body", &[("company", &app.company), ("portal", &portal)]),
                reason.to_string(),
            ],
            action: None,
            notes: Vec::new(),
            footer: m.footer(&t),
            unsubscribe: None,
        };
        let recipient = Recipient { user_id: None, address: &app.contact_email, name: &app.contact_name, locale };
        let payload = serde_json::json!({ "application_id": id });
        m.enqueue(c, config, &Outgoing { kind: "application_rejected", payload, recipient, mail })?;
        Ok(())
    })
}
