//! The events a portal announces, and what each one's `data` holds. The
//! body of every message is `{"type", "timestamp", "data"}`; these types are
//! also what the OpenAPI document's `webhooks` describe.

use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventType {
    DealSubmitted,
    DealApproved,
    DealRejected,
    DealInfoRequested,
    DealWon,
    DealLost,
    DealExpired,
    PartnerCreated,
    PartnerUpdated,
    PartnerSuspended,
    ApplicationReceived,
    UserInvited,
    CampaignStarted,
    CampaignActivated,
    /// Sent by the endpoint page's test button to that endpoint only.
    Test,
}

/// What an event's `data` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataKind {
    Deal,
    Partner,
    Application,
    User,
    Campaign,
    Activation,
    Test,
}

impl EventType {
    /// Every event an endpoint can subscribe to (the test event is not one).
    pub const SUBSCRIBABLE: [EventType; 14] = [
        EventType::DealSubmitted,
        EventType::DealApproved,
        EventType::DealRejected,
        EventType::DealInfoRequested,
        EventType::DealWon,
        EventType::DealLost,
        EventType::DealExpired,
        EventType::PartnerCreated,
        EventType::PartnerUpdated,
        EventType::PartnerSuspended,
        EventType::ApplicationReceived,
        EventType::UserInvited,
        EventType::CampaignStarted,
        EventType::CampaignActivated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::DealSubmitted => "deal.submitted",
            EventType::DealApproved => "deal.approved",
            EventType::DealRejected => "deal.rejected",
            EventType::DealInfoRequested => "deal.info_requested",
            EventType::DealWon => "deal.won",
            EventType::DealLost => "deal.lost",
            EventType::DealExpired => "deal.expired",
            EventType::PartnerCreated => "partner.created",
            EventType::PartnerUpdated => "partner.updated",
            EventType::PartnerSuspended => "partner.suspended",
            EventType::ApplicationReceived => "application.received",
            EventType::UserInvited => "user.invited",
            EventType::CampaignStarted => "campaign.started",
            EventType::CampaignActivated => "campaign.activated",
            EventType::Test => "webhook.test",
        }
    }

    /// The message id of its description (`webhook-event-deal-submitted`, …).
    pub fn message_id(self) -> String {
        format!("webhook-event-{}", self.as_str().replace(['.', '_'], "-"))
    }

    pub fn data(self) -> DataKind {
        match self {
            EventType::DealSubmitted
            | EventType::DealApproved
            | EventType::DealRejected
            | EventType::DealInfoRequested
            | EventType::DealWon
            | EventType::DealLost
            | EventType::DealExpired => DataKind::Deal,
            EventType::PartnerCreated | EventType::PartnerUpdated | EventType::PartnerSuspended => DataKind::Partner,
            EventType::ApplicationReceived => DataKind::Application,
            EventType::UserInvited => DataKind::User,
            EventType::CampaignStarted => DataKind::Campaign,
            EventType::CampaignActivated => DataKind::Activation,
            EventType::Test => DataKind::Test,
        }
    }

    /// What it says, for the OpenAPI document (English; the pages use `message_id`).
    pub fn summary(self) -> &'static str {
        match self {
            EventType::DealSubmitted => "A deal was submitted for review (or resubmitted with the information asked for)",
            EventType::DealApproved => "A deal was approved (by a person, or automatically under the tier's limit) and is protected",
            EventType::DealRejected => "A deal was rejected, with the reason",
            EventType::DealInfoRequested => "The vendor asked the partner for more information about a deal",
            EventType::DealWon => "A deal was won",
            EventType::DealLost => "A deal was lost",
            EventType::DealExpired => "An approved deal's protection ran out",
            EventType::PartnerCreated => "A partner organisation was added",
            EventType::PartnerUpdated => "A partner organisation's details, tier or status changed",
            EventType::PartnerSuspended => "A partner organisation was suspended: its people cannot sign in",
            EventType::ApplicationReceived => "A company applied to become a partner",
            EventType::UserInvited => "Someone was invited to the portal",
            EventType::CampaignStarted => "A campaign's period began and its partners were told",
            EventType::CampaignActivated => "A partner organisation activated a campaign",
            EventType::Test => "A test message sent from the endpoint's page",
        }
    }
}

/// Money: integer minor units of an ISO 4217 currency.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MoneyData {
    pub amount_minor: i64,
    pub currency: String,
}

/// An organisation, named.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationData {
    pub id: i64,
    pub name: String,
}

/// A deal's move through review (`deal.*`); read the whole deal at
/// `/api/v1/deals/{id}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DealData {
    /// The deal's id, as in the API and its page's address.
    pub id: String,
    /// The status it moved to.
    pub status: String,
    pub previous_status: Option<String>,
    pub partner: OrganisationData,
    pub customer_company: String,
    pub customer_domain: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub value: MoneyData,
    #[schema(format = Date)]
    pub expected_close: String,
    /// The reason given (rejections, requests for information), at most 1,000 characters.
    pub comment: String,
    #[schema(format = DateTime)]
    pub protected_until: Option<String>,
}

/// A partner organisation (`partner.*`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartnerData {
    pub id: i64,
    pub name: String,
    /// `active` or `suspended`.
    pub status: String,
    pub tier_id: Option<i64>,
    pub country: Option<String>,
    pub website: Option<String>,
}

/// An application to become a partner (`application.received`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApplicationData {
    pub id: i64,
    pub company: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
}

/// Someone invited (`user.invited`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UserData {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub organisation_id: i64,
}

/// A campaign whose period began (`campaign.started`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CampaignData {
    pub id: i64,
    /// In the portal's default language.
    pub name: String,
    #[schema(format = Date)]
    pub starts_on: String,
    #[schema(format = Date)]
    pub ends_on: String,
}

/// A partner organisation activating a campaign (`campaign.activated`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActivationData {
    pub campaign_id: i64,
    pub partner: OrganisationData,
}

/// The test message (`webhook.test`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TestData {
    pub endpoint_id: i64,
    pub message: String,
}
