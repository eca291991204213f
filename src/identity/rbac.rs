//! Roles (SPEC §1). The role → permission map lives here, and only here.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    VendorAdmin,
    ChannelManager,
    MarketingEditor,
    PartnerAdmin,
    PartnerUser,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::VendorAdmin, Role::ChannelManager, Role::MarketingEditor, Role::PartnerAdmin, Role::PartnerUser];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::VendorAdmin => "vendor_admin",
            Role::ChannelManager => "channel_manager",
            Role::MarketingEditor => "marketing_editor",
            Role::PartnerAdmin => "partner_admin",
            Role::PartnerUser => "partner_user",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Vendor staff belong to the vendor organisation; the others to a partner.
    pub fn is_vendor_staff(self) -> bool {
        matches!(self, Role::VendorAdmin | Role::ChannelManager | Role::MarketingEditor)
    }
}

/// What a role may do. Handlers ask `user.require(Permission::…)`;
/// templates ask `user.can(…)` to show or hide actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Branding, languages, interface texts.
    ManageTenant,
    /// Every user of the tenant: invite, change role, deactivate.
    ManageUsers,
    /// Sign-in providers (OpenID Connect).
    ManageIdentityProviders,
    /// Partner organisations.
    ManagePartners,
    /// The users of one's own partner organisation.
    ManageOwnOrganisationUsers,
    /// One's own partner organisation's co-branding profile (contact, logo).
    ManageOwnOrganisation,
    /// The tenant's mail log.
    ViewMailLog,
    /// Review and decide deal registrations.
    ReviewDeals,
    /// Register deals for one's organisation.
    RegisterDeals,
    /// Author training and campaigns.
    AuthorContent,
    /// Take courses and hold certificates.
    TakeTraining,
    /// Training reports (a partner admin's narrowed to their organisation).
    ViewTrainingReports,
    /// Revoke a certificate, with a reason.
    RevokeCertificates,
}

impl Role {
    /// The one role → permission map.
    pub fn permissions(self) -> &'static [Permission] {
        use Permission::*;
        match self {
            Role::VendorAdmin => &[
                ManageTenant,
                ManageUsers,
                ManageIdentityProviders,
                ManagePartners,
                ViewMailLog,
                ReviewDeals,
                AuthorContent,
                ViewTrainingReports,
                RevokeCertificates,
            ],
            Role::ChannelManager => &[ManagePartners, ReviewDeals, ViewTrainingReports, RevokeCertificates],
            Role::MarketingEditor => &[AuthorContent, ViewTrainingReports, RevokeCertificates],
            Role::PartnerAdmin => &[ManageOwnOrganisationUsers, ManageOwnOrganisation, RegisterDeals, TakeTraining, ViewTrainingReports],
            Role::PartnerUser => &[RegisterDeals, TakeTraining],
        }
    }

    pub fn can(self, permission: Permission) -> bool {
        self.permissions().contains(&permission)
    }

    /// Roles a user with `self` may hand out.
    pub fn assignable_roles(self) -> &'static [Role] {
        match self {
            Role::VendorAdmin => &Role::ALL,
            Role::PartnerAdmin => &[Role::PartnerAdmin, Role::PartnerUser],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_vendor_admins_administer_the_tenant() {
        for role in Role::ALL {
            assert_eq!(role.can(Permission::ManageTenant), role == Role::VendorAdmin, "{role:?}");
            assert_eq!(role.can(Permission::ManageIdentityProviders), role == Role::VendorAdmin);
        }
        assert!(Role::PartnerAdmin.can(Permission::ManageOwnOrganisationUsers));
        assert!(!Role::PartnerUser.can(Permission::ManageOwnOrganisationUsers));
        assert!(Role::ChannelManager.can(Permission::ReviewDeals));
        assert!(!Role::PartnerAdmin.can(Permission::ReviewDeals));
        assert!(Role::PartnerAdmin.assignable_roles().iter().all(|r| !r.is_vendor_staff()));
    }

    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
        assert!(Role::VendorAdmin.is_vendor_staff());
        assert!(!Role::PartnerAdmin.is_vendor_staff());
    }
}
