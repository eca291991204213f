//! The route inventory (TEN-7) and the vertical/horizontal access matrix
//! (TEN-8): every registered route × {anonymous, each role, a user of another
//! tenant} against an explicit table. A route missing from the table fails.

use portico::identity::rbac::{Permission, Role};

use crate::support::{TestApp, client, page_csrf, spawn_app};

const PASSWORD: &str = "tulip-orbit-kettle-93";

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
}

const DEALS: &[Permission] = &[Permission::RegisterDeals, Permission::ReviewDeals];

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
    ("POST", "/admin/texts", Access::Perm(Permission::ManageTenant)),
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
    ("POST", "/deals/{id}/extension", Access::Perm(Permission::RegisterDeals)),
    ("POST", "/deals/{id}/extension/decide", Access::Perm(Permission::ReviewDeals)),
    ("GET", "/notifications", Access::SignedIn),
    ("POST", "/notifications/{id}/read", Access::SignedIn),
    ("POST", "/notifications/read-all", Access::SignedIn),
    ("GET", "/admin/products", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/products", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/products/{id}/toggle", Access::Perm(Permission::ManageTenant)),
    ("GET", "/admin/tiers", Access::Perm(Permission::ManageTenant)),
    ("POST", "/admin/tiers", Access::Perm(Permission::ManageTenant)),
    ("GET", "/become-a-partner", Access::Anyone),
    ("POST", "/become-a-partner", Access::Anyone),
    ("GET", "/admin/applications", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/applications/{id}/approve", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/applications/{id}/reject", Access::Perm(Permission::ManagePartners)),
    ("GET", "/admin/partners/{id}", Access::Perm(Permission::ManagePartners)),
    ("POST", "/admin/partners/{id}", Access::Perm(Permission::ManagePartners)),
    ("GET", "/organisation", Access::Partner),
    ("GET", "/operator", Access::Operator),
    ("POST", "/operator/sign-out", Access::Operator),
    ("GET", "/operator/sign-in/{token}", Access::Operator),
    ("POST", "/operator/sign-in/{token}", Access::Operator),
    ("GET", "/dev/mailbox", Access::DevMailbox),
    ("GET", "/dev/mailbox/{folder}/{id}", Access::DevMailbox),
    ("GET", "/dev/mailbox/{folder}/{id}/html", Access::DevMailbox),
];

fn concrete(path: &str) -> String {
    path.replace("{hash}/{name:.*}", "x/css/app.css")
        .replace("{token}", &"0".repeat(64))
        .replace("{folder}", "tenant-999")
        .replace("{provider}", "999999")
        .replace("{id}", "999999")
}

struct Actor {
    name: String,
    role: Option<Role>,
    client: reqwest::Client,
    /// Signed in to acme (false: anonymous, or a user of globex).
    on_acme: bool,
}

async fn invite(app: &TestApp, admin: &reqwest::Client, email: &str, role: &str, org: &str) {
    let csrf = page_csrf(admin, &app.url("acme", "/admin/users")).await;
    let res = admin
        .post(app.url("acme", "/admin/users/invite"))
        .form(&[("csrf_token", csrf.as_str()), ("email", email), ("display_name", "X"), ("role", role), ("organisation_id", org)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "invite {email}");
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
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/partners")).await;
    admin
        .post(app.url("acme", "/admin/partners"))
        .form(&[("csrf_token", csrf.as_str()), ("name", "P1A"), ("email_domains", "p1a.test")])
        .send()
        .await
        .unwrap();
    let users = admin.get(app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    let option = |name: &str| {
        let end = users.find(&format!("\">{name}</option>")).unwrap();
        users[users[..end].rfind("value=\"").unwrap() + 7..end].to_string()
    };
    let (vendor, p1a) = (option("ACME"), option("P1A"));
    let mut actors = vec![
        Actor { name: "anonymous".into(), role: None, client: client(), on_acme: false },
        Actor { name: "vendor admin".into(), role: Some(Role::VendorAdmin), client: admin.clone(), on_acme: true },
    ];
    for (role, email, org) in [
        (Role::ChannelManager, "cm@acme.test", &vendor),
        (Role::MarketingEditor, "me@acme.test", &vendor),
        (Role::PartnerAdmin, "pa@p1a.test", &p1a),
        (Role::PartnerUser, "pu@p1a.test", &p1a),
    ] {
        invite(&app, &admin, email, role.as_str(), org).await;
        let c = app.accept_invitation("acme", email, PASSWORD).await;
        actors.push(Actor { name: role.as_str().into(), role: Some(role), client: c, on_acme: true });
    }
    let foreign = app.tenant_with_admin("globex", PASSWORD).await;
    actors.push(Actor { name: "globex admin".into(), role: None, client: foreign, on_acme: false });

    for (method, path, access) in TABLE {
        let url = app.url("acme", &concrete(path));
        for actor in &actors {
            if *path == "/sign-out" {
                continue; // ends the actor's session; covered in identity.rs
            }
            let res = if *method == "GET" {
                actor.client.get(&url).send().await.unwrap()
            } else {
                let token = if actor.on_acme { page_csrf(&actor.client, &app.url("acme", "/")).await } else { String::new() };
                actor.client.post(&url).form(&[("csrf_token", token.as_str())]).send().await.unwrap()
            };
            let status = res.status().as_u16();
            let to_sign_in = res.headers().get("location").is_some_and(|l| l.to_str().unwrap().starts_with("/sign-in"));
            let who = format!("{} {method} {path}", actor.name);
            match access {
                Access::Ops | Access::Anyone => assert!(status != 403 || *method == "POST", "{who}: {status}"),
                Access::Operator | Access::DevMailbox if *method == "GET" => assert_eq!(status, 404, "{who}: tenant hosts have no {path}"),
                Access::Operator | Access::DevMailbox => assert!(status == 404 || status == 403, "{who}: {status}"),
                Access::Partner => {
                    let partner = actor.on_acme && actor.role.is_some_and(|r| !r.is_vendor_staff());
                    if partner {
                        assert_eq!(status, 200, "{who}");
                    } else if actor.on_acme {
                        assert_eq!(status, 404, "{who}: staff have no partner organisation");
                    } else {
                        assert!(to_sign_in, "{who}: {status}");
                    }
                }
                Access::SignedIn | Access::Perm(_) | Access::AnyOf(_) | Access::Analytics => {
                    let allowed = match (access, actor.role.filter(|_| actor.on_acme)) {
                        (Access::Perm(p), Some(role)) => role.can(*p),
                        (Access::AnyOf(ps), Some(role)) => ps.iter().any(|p| role.can(*p)),
                        (Access::Analytics, Some(role)) => role.can(Permission::ReviewDeals) || role == Role::PartnerAdmin,
                        (Access::SignedIn, Some(_)) => true,
                        _ => false,
                    };
                    if allowed {
                        assert!(status != 403 && !to_sign_in, "{who}: allowed, got {status}");
                    } else if actor.on_acme {
                        assert_eq!(status, 403, "{who}: a role without the permission");
                    } else if *method == "GET" {
                        assert!(to_sign_in, "{who}: not signed in here, got {status}");
                    } else {
                        assert!(status == 403 || to_sign_in, "{who}: got {status}");
                    }
                }
            }
        }
    }
}
