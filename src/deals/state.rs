//! The deal lifecycle, as one state machine: which action moves a deal from
//! which status to which, and who may take it.
//!
//! ```text
//! draft → submitted → approved | rejected | info_requested
//! info_requested → submitted
//! approved → won | lost | expired
//! ```

use crate::identity::rbac::{Permission, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DealStatus {
    Draft,
    Submitted,
    Approved,
    Rejected,
    InfoRequested,
    Won,
    Lost,
    Expired,
}

impl DealStatus {
    pub const ALL: [DealStatus; 8] = [
        DealStatus::Draft,
        DealStatus::Submitted,
        DealStatus::InfoRequested,
        DealStatus::Approved,
        DealStatus::Rejected,
        DealStatus::Won,
        DealStatus::Lost,
        DealStatus::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DealStatus::Draft => "draft",
            DealStatus::Submitted => "submitted",
            DealStatus::Approved => "approved",
            DealStatus::Rejected => "rejected",
            DealStatus::InfoRequested => "info_requested",
            DealStatus::Won => "won",
            DealStatus::Lost => "lost",
            DealStatus::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Registered and still running: these take part in conflict checks and
    /// count against a tier's maximum of open deals.
    pub fn is_open(self) -> bool {
        matches!(self, DealStatus::Submitted | DealStatus::InfoRequested | DealStatus::Approved)
    }

    pub fn message_id(self) -> String {
        format!("deal-status-{}", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DealAction {
    Submit,
    Approve,
    Reject,
    RequestInfo,
    Resubmit,
    Win,
    Lose,
    Expire,
}

/// Who takes an action: the partner side (its own deals) or vendor staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Partner,
    Vendor,
    System,
}

impl DealAction {
    pub const ALL: [DealAction; 8] = [
        DealAction::Submit,
        DealAction::Approve,
        DealAction::Reject,
        DealAction::RequestInfo,
        DealAction::Resubmit,
        DealAction::Win,
        DealAction::Lose,
        DealAction::Expire,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DealAction::Submit => "submit",
            DealAction::Approve => "approve",
            DealAction::Reject => "reject",
            DealAction::RequestInfo => "request_info",
            DealAction::Resubmit => "resubmit",
            DealAction::Win => "win",
            DealAction::Lose => "lose",
            DealAction::Expire => "expire",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The status this action leads to from `from`, if it is legal at all.
    pub fn target(self, from: DealStatus) -> Option<DealStatus> {
        use DealAction::*;
        use DealStatus::*;
        match (self, from) {
            (Submit, Draft) => Some(Submitted),
            (Approve, Submitted) => Some(Approved),
            (Reject, Submitted) => Some(Rejected),
            (RequestInfo, Submitted) => Some(InfoRequested),
            (Resubmit, InfoRequested) => Some(Submitted),
            (Win, Approved) => Some(Won),
            (Lose, Approved) => Some(Lost),
            (Expire, Approved) => Some(Expired),
            _ => None,
        }
    }

    /// Which side may take it.
    pub fn side(self) -> Side {
        match self {
            DealAction::Submit | DealAction::Resubmit | DealAction::Win | DealAction::Lose => Side::Partner,
            DealAction::Approve | DealAction::Reject | DealAction::RequestInfo => Side::Vendor,
            DealAction::Expire => Side::System,
        }
    }

    /// Whether a user with `role` may take this action (on a deal they can see).
    pub fn allowed_for(self, role: Role) -> bool {
        match self.side() {
            Side::Partner => {
                role.can(Permission::RegisterDeals)
                    || (matches!(self, DealAction::Win | DealAction::Lose) && role.can(Permission::ReviewDeals))
            }
            Side::Vendor => role.can(Permission::ReviewDeals),
            Side::System => false,
        }
    }

    /// Rejections and requests for information must say why.
    pub fn needs_comment(self) -> bool {
        matches!(self, DealAction::Reject | DealAction::RequestInfo)
    }

    pub fn message_id(self) -> String {
        format!("deal-action-{}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DealStatus::*;

    #[test]
    fn the_lifecycle_allows_exactly_the_documented_transitions() {
        let legal: Vec<(DealAction, DealStatus, DealStatus)> = vec![
            (DealAction::Submit, Draft, Submitted),
            (DealAction::Approve, Submitted, Approved),
            (DealAction::Reject, Submitted, Rejected),
            (DealAction::RequestInfo, Submitted, InfoRequested),
            (DealAction::Resubmit, InfoRequested, Submitted),
            (DealAction::Win, Approved, Won),
            (DealAction::Lose, Approved, Lost),
            (DealAction::Expire, Approved, Expired),
        ];
        for action in DealAction::ALL {
            for from in DealStatus::ALL {
                let expected = legal.iter().find(|(a, f, _)| *a == action && *f == from).map(|l| l.2);
                assert_eq!(action.target(from), expected, "{action:?} from {from:?}");
            }
        }
    }

    #[test]
    fn each_side_takes_only_its_actions() {
        assert!(DealAction::Submit.allowed_for(Role::PartnerUser));
        assert!(!DealAction::Approve.allowed_for(Role::PartnerAdmin));
        assert!(DealAction::Approve.allowed_for(Role::ChannelManager));
        assert!(!DealAction::Approve.allowed_for(Role::MarketingEditor));
        assert!(!DealAction::Submit.allowed_for(Role::ChannelManager));
        assert!(DealAction::Win.allowed_for(Role::ChannelManager));
        for role in Role::ALL {
            assert!(!DealAction::Expire.allowed_for(role), "only the system expires deals");
        }
    }
}
