//! The route inventory (TEN-7) and the vertical/horizontal access matrix
//! (TEN-8): every registered route × {anonymous, each role, a user of another
//! tenant} against an explicit table. A route missing from the table fails.
//!
//! What each answer must be:
//! - every route answers every actor below 500;
//! - a route the actor may use lets the request through: a page, a redirect
//!   that is not to sign-in, bad input (400, 422 — the forms are sent empty),
//!   or, on a path that names an id, 404 (the ids here name nothing);
//! - a signed-in role without the permission gets 403 (a staff member asking
//!   for the partner organisation page, 404: there is none);
//! - whoever is not signed in on this tenant (anonymous, or signed in on
//!   another) is sent to sign in and back, for reads and forms alike;
//! - operator and mailbox routes do not exist on tenant hosts (404), and
//!   probes and assets answer everyone (200);
//! - a public route answers every role alike (it may tell signed-in from
//!   anonymous visitors) and never refuses or sends anyone to sign in;
//! - a form without the session's CSRF token is refused (403), except the two
//!   a visitor sends without a session.

use portico::identity::rbac::{Permission, Role};

use crate::support::world::{World, world};
use crate::support::{PASSWORD, TestApp, client, invite, organisation_id, page_csrf, route_path, spawn_app};

#[derive(Clone, Copy, Debug)]
enum Access {
    /// Probes, metrics and assets: every host, no sign-in.
    Ops,
    /// Pages anyone may open or forms anyone may send (sign-in, links).
    Anyone,
    /// Needs a signed-in user of this tenant with this permission.
    Perm(Permission),
    /// Any signed-in user.
    SignedIn,
    /// A signed-in user with any of these permissions.
    AnyOf(&'static [Permission]),
    /// Deal analytics: vendor staff who review deals, and partner admins.
    Analytics,
    /// Partner users and admins (their own organisation's page).
    Partner,
    /// Platform operators on the platform host.
    Operator,
    /// The development mailbox (platform host, loopback, no SMTP).
    DevMailbox,
    /// The tenant API: a bearer token only; every session gets 401.
    Token,
}

const DEALS: &[Permission] = &[Permission::RegisterDeals, Permission::ReviewDeals];
const CERTIFICATES: &[Permission] = &[Permission::TakeTraining, Permission::ViewTrainingReports];

/// The access table. Path parameters are replaced by ids nobody owns.
const TABLE: &[(&str, &str, Access)] = &[
    ("GET", "/healthz", Access::Ops),
    ("GET", "/readyz", Access::Ops),
    ("GET", "/metrics", Access::Ops),
    ("GET", "/static/{hash}/{name:.*}", Access::Ops),
    ("GET", "/", Access::Anyone),
    ("GET", "/branding.css", Access::Anyone),
    ("GET", "/branding/logo", Access::Anyone),
    ("POST", "/language", Access::Anyone),
    ("GET", "/sign-in", Access::Anyone),
    ("POST", "/sign-in", Access::Anyone),
    ("POST", "/sign-out", Access::SignedIn),
    ("GET", "/invitations/{token}", Access::Anyone),
    ("POST", "/invitations/{token}", Access::Anyone),
    ("GET", "/password/forgot", Access::Anyone),
    ("POST", "/password/forgot", Access::Anyone),
    ("GET", "/password/reset/{token}", Access::Anyone),
    ("POST", "/password/reset/{token}", Access::Anyone),
    ("GET", "/auth/sso/{provider}", Access::Anyone),
    ("GET", "/auth/callback/{provider}", Access::Anyone),
    ("GET", "/admin", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/branding", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/branding", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/branding/preview", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/branding/preview.css", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/branding/logo", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/languages", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/languages", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/welcome", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/texts", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/usage", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/audit", Access::AnyOf(&[Permission::ManageTenant, Permission::ReviewDeals])),
    ("GET", "/admin/audit.csv", Access::AnyOf(&[Permission::ManageTenant, Permission::ReviewDeals])),
    ("GET", "/admin/usage.csv", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/exports", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/api", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/api/tokens", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/api/tokens/{id}/revoke", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/webhooks", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/webhooks/{id}", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}/rotate", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}/test", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}/replay", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}/deliveries/{delivery}/replay", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/webhooks/{id}/delete", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/exports/{id}/download", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/texts", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/texts/rename", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/users", Access::Perm(Permission::ManageUsers)),
    ("POST", "/admin/users/invite", Access::Perm(Permission::ManageUsers)),
    ("POST", "/admin/users/{id}/role", Access::Perm(Permission::ManageUsers)),
    ("POST", "/admin/users/{id}/deactivate", Access::Perm(Permission::ManageUsers)),
    ("POST", "/admin/users/{id}/reactivate", Access::Perm(Permission::ManageUsers)),
    ("POST", "/admin/users/{id}/invitation", Access::Perm(Permission::ManageUsers)),
    ("GET", "/organisation/users", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("POST", "/organisation/users/invite", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("POST", "/organisation/users/{id}/role", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("POST", "/organisation/users/{id}/deactivate", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("POST", "/organisation/users/{id}/reactivate", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("POST", "/organisation/users/{id}/invitation", Access::Perm(Permission::ManageOwnOrganisationUsers)),
    ("GET", "/admin/partners", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/partners", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/sso", Access::Perm(Permission::ManageIdentityProviders)),
    ("GET", "/admin/sso/new", Access::Perm(Permission::ManageIdentityProviders)),
    ("POST", "/admin/sso", Access::Perm(Permission::ManageIdentityProviders)),
    ("GET", "/admin/sso/{id}", Access::Perm(Permission::ManageIdentityProviders)),
    ("POST", "/admin/sso/{id}", Access::Perm(Permission::ManageIdentityProviders)),
    ("POST", "/admin/sso/{id}/delete", Access::Perm(Permission::ManageIdentityProviders)),
    ("GET", "/admin/mail", Access::Perm(Permission::ViewMailLog)),
    ("POST", "/admin/mail/{id}/retry", Access::Perm(Permission::ViewMailLog)),
    ("GET", "/deals", Access::AnyOf(DEALS)),
    ("GET", "/deals.csv", Access::AnyOf(DEALS)),
    ("GET", "/deals/new", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals/check", Access::Perm(Permission::RegisterDeals)),
    ("GET", "/deals/analytics", Access::Analytics),
    ("GET", "/deals/{id}", Access::AnyOf(DEALS)),
    ("GET", "/deals/{id}/edit", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals/{id}", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals/{id}/transition", Access::AnyOf(DEALS)),
    ("POST", "/deals/{id}/resolve", Access::Perm(Permission::ReviewDeals)),
    ("POST", "/deals/{id}/extension", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals/{id}/extension/decide", Access::Perm(Permission::ReviewDeals)),
    ("GET", "/notifications", Access::SignedIn),
    ("POST", "/notifications/{id}/read", Access::SignedIn),
    ("POST", "/notifications/read-all", Access::SignedIn),
    ("GET", "/admin/products", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/products", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/products/{id}/toggle", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/currency", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/currency", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/currency/rates", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/tiers", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/tiers", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/tiers/drafts", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/tiers/review", Access::Perm(Permission::ManageTenant)),
    ("GET", "/become-a-partner", Access::Anyone),
    ("POST", "/become-a-partner", Access::Anyone),
    ("GET", "/admin/applications", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/applications/{id}/approve", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/applications/{id}/reject", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/partners/{id}", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/partners/{id}", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/partners/{id}/profile", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/partners/{id}/logo", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/partners/{id}/logo/{file}", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/assets", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/assets/new", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/assets/{id}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/{id}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/{id}/texts", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/{id}/versions", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/assets/{id}/versions/{version}/file", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/assets/{id}/thumbnail", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/preview", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/{id}/zones", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/assets/{id}/zones/{zone}/delete", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/assets/{id}/sample.pdf", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/campaigns", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/campaigns/new", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/campaigns", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/campaigns/{id}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/campaigns/{id}", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/campaigns/{id}/stats.csv", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/new", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/preview", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/texts", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/cover", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}/cover", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}/preview", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}/lessons/{lesson}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons/{lesson}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons/{lesson}/move", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons/{lesson}/delete", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons/{lesson}/files", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/lessons/{lesson}/files/{file}/delete", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}/questions/new", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/questions", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/courses/{id}/questions/{question}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/questions/{question}", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/questions/{question}/move", Access::Perm(Permission::AuthorContent)),
    ("POST", "/admin/courses/{id}/questions/{question}/delete", Access::Perm(Permission::AuthorContent)),
    ("GET", "/admin/certification", Access::AnyOf(&[Permission::ManageTenant, Permission::ManagePartners])),
    ("POST", "/admin/certification/requirements", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/certification/requirements/{id}/delete", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/certification/settings", Access::Perm(Permission::ManageTenant)),
    ("GET", "/training/reports", Access::Perm(Permission::ViewTrainingReports)),
    ("GET", "/training/reports.csv", Access::Perm(Permission::ViewTrainingReports)),
    ("GET", "/training", Access::Perm(Permission::TakeTraining)),
    ("GET", "/training/files/{id}", Access::AnyOf(&[Permission::TakeTraining, Permission::AuthorContent])),
    ("GET", "/training/courses/{id}", Access::Perm(Permission::TakeTraining)),
    ("POST", "/training/courses/{id}/enrol", Access::Perm(Permission::TakeTraining)),
    ("POST", "/training/courses/{id}/renew", Access::Perm(Permission::TakeTraining)),
    ("GET", "/training/courses/{id}/cover", Access::Perm(Permission::TakeTraining)),
    ("GET", "/training/courses/{id}/lessons/{lesson}", Access::Perm(Permission::TakeTraining)),
    ("POST", "/training/courses/{id}/lessons/{lesson}/complete", Access::Perm(Permission::TakeTraining)),
    ("POST", "/training/courses/{id}/attempts", Access::Perm(Permission::TakeTraining)),
    ("GET", "/training/courses/{id}/attempts/{attempt}", Access::Perm(Permission::TakeTraining)),
    ("POST", "/training/courses/{id}/attempts/{attempt}", Access::Perm(Permission::TakeTraining)),
    ("GET", "/certificates/{id}", Access::AnyOf(CERTIFICATES)),
    ("GET", "/certificates/{id}/credential.jwt", Access::AnyOf(CERTIFICATES)),
    ("POST", "/certificates/{id}/revoke", Access::Perm(Permission::RevokeCertificates)),
    ("GET", "/verify/{public_id}", Access::Anyone),
    ("GET", "/.well-known/jwks.json", Access::Anyone),
    ("GET", "/credentials/keys/{kid}", Access::Anyone),
    ("GET", "/credentials/status/{purpose}", Access::Anyone),
    ("GET", "/credentials/issuer", Access::Anyone),
    ("GET", "/campaigns", Access::Partner),
    ("GET", "/campaigns/{id}", Access::Partner),
    ("POST", "/campaigns/{id}/activate", Access::Partner),
    ("GET", "/campaigns/{id}/assets/{asset}/download", Access::Partner),
    ("GET", "/assets", Access::Partner),
    ("GET", "/assets/{id}", Access::Partner),
    ("GET", "/assets/{id}/download", Access::Partner),
    ("GET", "/assets/{id}/thumbnail", Access::Partner),
    ("GET", "/assets/{id}/preview", Access::Partner),
    ("GET", "/assets/{id}/download.eml", Access::Partner),
    ("POST", "/assets/{id}/send-test", Access::Partner),
    ("POST", "/assets/{id}/landing", Access::Perm(Permission::ManageOwnOrganisation)),
    ("POST", "/assets/{id}/landing/unpublish", Access::Perm(Permission::ManageOwnOrganisation)),
    ("GET", "/landing-pages", Access::Partner),
    ("GET", "/p/{slug}", Access::Anyone),
    ("POST", "/p/{slug}", Access::Anyone),
    ("GET", "/p/{slug}/content", Access::Anyone),
    ("GET", "/cobrand/logo/{token}", Access::Anyone),
    ("GET", "/organisation", Access::Partner),
    ("GET", "/account/notifications", Access::SignedIn),
    ("POST", "/account/notifications", Access::SignedIn),
    ("GET", "/unsubscribe/{token}", Access::Anyone),
    ("POST", "/unsubscribe/{token}", Access::Anyone),
    ("POST", "/organisation/profile", Access::Perm(Permission::ManageOwnOrganisation)),
    ("POST", "/organisation/logo", Access::Perm(Permission::ManageOwnOrganisation)),
    ("GET", "/organisation/logo/{file}", Access::Partner),
    ("GET", "/operator", Access::Operator),
    ("POST", "/operator/sign-out", Access::Operator),
    ("GET", "/operator/sign-in/{token}", Access::Operator),
    ("POST", "/operator/sign-in/{token}", Access::Operator),
    ("POST", "/operator/tenants", Access::Operator),
    ("GET", "/operator/usage.csv", Access::Operator),
    ("GET", "/operator/tenants/{slug}", Access::Operator),
    ("POST", "/operator/tenants/{slug}/plan", Access::Operator),
    ("POST", "/operator/tenants/{slug}/suspend", Access::Operator),
    ("POST", "/operator/tenants/{slug}/resume", Access::Operator),
    ("POST", "/operator/tenants/{slug}/delete", Access::Operator),
    ("POST", "/operator/tenants/{slug}/export", Access::Operator),
    ("GET", "/operator/tenants/{slug}/exports/{id}/download", Access::Operator),
    ("POST", "/operator/tenants/{slug}/restore", Access::Operator),
    ("GET", "/operator/audit", Access::Operator),
    ("GET", "/operator/api-tokens", Access::Operator),
    ("POST", "/operator/api-tokens", Access::Operator),
    ("POST", "/operator/api-tokens/{id}/revoke", Access::Operator),
    ("GET", "/api/platform/v1/openapi.json", Access::Anyone),
    ("GET", "/api/v1/openapi.json", Access::Anyone),
    ("GET", "/api/reference", Access::Anyone),
    ("GET", "/api/v1/deals", Access::Token),
    ("GET", "/api/v1/deals/{id}", Access::Token),
    ("GET", "/api/v1/deals/{id}/events", Access::Token),
    ("GET", "/api/v1/partners", Access::Token),
    ("GET", "/api/v1/partners/{id}", Access::Token),
    ("GET", "/api/v1/products", Access::Token),
    ("GET", "/api/v1/tiers", Access::Token),
    ("POST", "/api/v1/deals", Access::Token),
    ("PATCH", "/api/v1/deals/{id}", Access::Token),
    ("POST", "/api/v1/deals/{id}/transitions", Access::Token),
    ("POST", "/api/v1/partners", Access::Token),
    ("PATCH", "/api/v1/partners/{id}", Access::Token),
    ("PUT", "/api/v1/partners/{id}/tier", Access::Token),
    ("POST", "/api/v1/partners/{id}/suspend", Access::Token),
    ("POST", "/api/v1/partners/{id}/reactivate", Access::Token),
    ("GET", "/api/v1/users", Access::Token),
    ("GET", "/api/v1/campaigns", Access::Token),
    ("GET", "/api/v1/campaigns/{id}", Access::Token),
    ("POST", "/api/v1/users", Access::Token),
    ("GET", "/api/v1/users/{id}", Access::Token),
    ("POST", "/api/v1/users/{id}/deactivate", Access::Token),
    ("POST", "/api/v1/users/{id}/reactivate", Access::Token),
    ("GET", "/api/platform/v1/tenants", Access::Operator),
    ("POST", "/api/platform/v1/tenants", Access::Operator),
    ("GET", "/api/platform/v1/tenants/{slug}", Access::Operator),
    ("PUT", "/api/platform/v1/tenants/{slug}/plan", Access::Operator),
    ("POST", "/api/platform/v1/tenants/{slug}/suspend", Access::Operator),
    ("POST", "/api/platform/v1/tenants/{slug}/resume", Access::Operator),
    ("DELETE", "/api/platform/v1/tenants/{slug}", Access::Operator),
    ("POST", "/api/platform/v1/tenants/{slug}/restore", Access::Operator),
    ("POST", "/api/platform/v1/tenants/{slug}/exports", Access::Operator),
    ("GET", "/api/platform/v1/tenants/{slug}/exports/{id}", Access::Operator),
    ("GET", "/api/platform/v1/tenants/{slug}/exports/{id}/download", Access::Operator),
    ("GET", "/operator/plans", Access::Operator),
    ("POST", "/operator/plans/{key}", Access::Operator),
    ("GET", "/dev/mailbox", Access::DevMailbox),
    ("GET", "/dev/mailbox/{folder}/{id}", Access::DevMailbox),
    ("GET", "/dev/mailbox/{folder}/{id}/html", Access::DevMailbox),
];

/// Forms a visitor sends without a session: the CSRF middleware checks where
/// they come from, not a session token.
const SESSIONLESS_FORMS: &[&str] = &["/language", "/become-a-partner", "/unsubscribe/{token}", "/p/{slug}"];

impl Access {
    /// Whether a signed-in user of acme with `role` may use the route.
    fn allows(self, role: Role) -> bool {
        match self {
            Access::Ops | Access::Anyone | Access::SignedIn => true,
            Access::Perm(p) => role.can(p),
            Access::AnyOf(ps) => ps.iter().any(|p| role.can(*p)),
            Access::Analytics => role.can(Permission::ReviewDeals) || role == Role::PartnerAdmin,
            Access::Partner => !role.is_vendor_staff(),
            Access::Operator | Access::DevMailbox | Access::Token => false,
        }
    }

    /// What a signed-in role the route does not allow gets.
    fn refusal(self) -> u16 {
        match self {
            Access::Partner => 404,
            _ => 403,
        }
    }
}

struct Actor {
    name: String,
    /// The role, when signed in on acme (None: anonymous, or a user of globex).
    role: Option<Role>,
    client: reqwest::Client,
    /// The CSRF token of this client's own session on acme.
    token: String,
}

/// Everyone who may knock: anonymous, each role of acme, the admin of globex.
async fn actors(w: &World) -> Vec<Actor> {
    let app = &w.app;
    let vendor = organisation_id(app, &w.admin, "acme", "ACME").await;
    invite(app, &w.admin, "acme", "me@acme.test", Role::MarketingEditor.as_str(), &vendor).await;
    let editor = app.accept_invitation("acme", "me@acme.test", PASSWORD).await;
    let mut actors = Vec::new();
    for (name, role, client) in [
        ("anonymous", None, client()),
        ("vendor admin", Some(Role::VendorAdmin), w.admin.clone()),
        ("channel manager", Some(Role::ChannelManager), w.cm.clone()),
        ("marketing editor", Some(Role::MarketingEditor), editor),
        ("partner admin", Some(Role::PartnerAdmin), w.pa.clone()),
        ("partner user", Some(Role::PartnerUser), w.pu.clone()),
        ("globex admin", None, w.foreign.clone()),
    ] {
        // A page anyone may open, with a form: it gives every session a token.
        let token = page_csrf(&client, &app.url("acme", "/password/forgot")).await;
        actors.push(Actor { name: name.into(), role, client, token });
    }
    actors
}

struct Answer {
    status: u16,
    location: String,
}

impl Actor {
    /// `method path` on acme; a form goes empty but for `csrf_token`, if given.
    async fn send(&self, app: &TestApp, method: &str, path: &str, csrf_token: Option<&str>) -> Answer {
        let url = app.url("acme", path);
        let req = match method {
            "GET" => self.client.get(&url),
            "POST" => self.client.post(&url).form(&Vec::from_iter(csrf_token.map(|t| ("csrf_token", t)))),
            other => self.client.request(reqwest::Method::from_bytes(other.as_bytes()).unwrap(), &url),
        };
        let res = req.send().await.unwrap();
        let location = res.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
        Answer { status: res.status().as_u16(), location }
    }
}

impl Answer {
    /// The redirect to sign-in that comes back to `path`.
    fn is_sign_in_for(&self, path: &str) -> bool {
        let back: String = url::form_urlencoded::byte_serialize(path.as_bytes()).collect();
        self.status == 303 && self.location == format!("/sign-in?return_to={back}")
    }

    /// Let through: a page, a redirect elsewhere than sign-in, bad input, or —
    /// where `pattern` names an id — no such thing.
    fn lets_through(&self, pattern: &str) -> bool {
        match self.status {
            200 | 400 | 422 => true,
            303 => !self.location.starts_with("/sign-in"),
            404 => pattern.contains('{'),
            _ => false,
        }
    }

    fn show(&self) -> String {
        match self.location.as_str() {
            "" => self.status.to_string(),
            location => format!("{} to {location}", self.status),
        }
    }
}

#[tokio::test]
async fn every_route_is_in_the_access_table() {
    let _app = spawn_app().await;
    let registered = portico::web::routes::inventory();
    for (method, path) in &registered {
        assert!(TABLE.iter().any(|(m, p, _)| m == method && p == path), "route {method} {path} has no entry in the access table");
    }
    for (method, path, _) in TABLE {
        assert!(registered.iter().any(|(m, p)| m == method && p == path), "stale table entry {method} {path}");
    }
}

#[tokio::test]
async fn every_route_answers_each_role_as_the_table_says() {
    let w = world().await;
    let actors = actors(&w).await;
    for (method, pattern, access) in TABLE {
        if *pattern == "/sign-out" {
            continue; // ends the actor's session; covered in identity.rs
        }
        let path = route_path(pattern, "999999", "tenant-999");
        // A public route's answer to the signed-in roles, and to the others.
        let mut public: [Option<u16>; 2] = [None, None];
        for actor in &actors {
            let answer = actor.send(&w.app, method, &path, Some(&actor.token)).await;
            let who = format!("{} {method} {path}: got {}", actor.name, answer.show());
            assert!(answer.status < 500, "{who}");
            match (access, actor.role) {
                (Access::Ops, _) => assert_eq!(answer.status, 200, "{who}"),
                (Access::Operator | Access::DevMailbox, _) => assert_eq!(answer.status, 404, "{who}: tenant hosts have no {pattern}"),
                (Access::Token, _) => assert_eq!(answer.status, 401, "{who}: the API takes tokens, never sessions"),
                (Access::Anyone, role) => {
                    assert!(answer.status != 403 && !answer.location.starts_with("/sign-in"), "{who}: a public route refused");
                    let alike = *public[usize::from(role.is_some())].get_or_insert(answer.status);
                    assert_eq!(answer.status, alike, "{who}: a public route answers every role alike");
                }
                (_, None) => assert!(answer.is_sign_in_for(&path), "{who}: not signed in here"),
                (_, Some(role)) if access.allows(role) => assert!(answer.lets_through(pattern), "{who}: allowed"),
                (_, Some(_)) => assert_eq!(answer.status, access.refusal(), "{who}: a role without the permission"),
            }
        }
    }
}

#[tokio::test]
async fn forms_without_the_sessions_token_are_refused_except_the_two_visitors_send() {
    let w = world().await;
    let actors = actors(&w).await;
    // The APIs take a bearer token, never the session's cookie: no CSRF token there.
    for (_, pattern, _) in
        TABLE.iter().filter(|(method, pattern, _)| *method == "POST" && *pattern != "/sign-out" && !pattern.starts_with("/api/"))
    {
        let path = route_path(pattern, "999999", "tenant-999");
        for actor in &actors {
            let bare = actor.send(&w.app, "POST", &path, None).await;
            let who = format!("{} POST {path} without a token: got {}", actor.name, bare.show());
            if SESSIONLESS_FORMS.contains(pattern) {
                let with_token = actor.send(&w.app, "POST", &path, Some(&actor.token)).await;
                assert_eq!(bare.status, with_token.status, "{who}: the token plays no part");
                assert!(bare.status < 500 && bare.status != 403, "{who}");
            } else {
                assert_eq!(bare.status, 403, "{who}");
            }
        }
    }
}
