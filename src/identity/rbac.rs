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
    pub const ALL: [Role; 5] = [
        Role::VendorAdmin,
        Role::ChannelManager,
        Role::MarketingEditor,
        Role::PartnerAdmin,
        Role::PartnerUser,
    ];

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

#[cfg(test)]
mod tests {
    use super::*;

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
