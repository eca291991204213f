//! Which paths belong to a feature a plan can switch off. One table: the
//! resolver refuses these paths when the tenant's plan lacks the feature
//! (403 for people signed in, 404 for visitors), and the navigation hides
//! their links (`PageCtx::has_feature`).

use crate::tenancy::plans::Feature;

const GATED: &[(&str, Feature)] = &[
    ("/admin/assets", Feature::Campaigns),
    ("/admin/campaigns", Feature::Campaigns),
    ("/assets", Feature::Campaigns),
    ("/campaigns", Feature::Campaigns),
    ("/landing-pages", Feature::Campaigns),
    ("/p", Feature::Campaigns),
    ("/cobrand", Feature::Campaigns),
    ("/admin/sso", Feature::Sso),
    ("/auth/sso", Feature::Sso),
    ("/auth/callback", Feature::Sso),
    ("/admin/api", Feature::Api),
    ("/admin/webhooks", Feature::Api),
    ("/api/reference", Feature::Api),
    ("/api/v1", Feature::Api),
];

/// The feature a path belongs to, if any: the prefix itself or below it.
pub fn gated(path: &str) -> Option<Feature> {
    GATED.iter().find(|(prefix, _)| path == *prefix || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'))).map(|(_, f)| *f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_match_whole_segments() {
        assert_eq!(gated("/assets"), Some(Feature::Campaigns));
        assert_eq!(gated("/assets/12/download"), Some(Feature::Campaigns));
        assert_eq!(gated("/p/contoso-datasheet"), Some(Feature::Campaigns));
        assert_eq!(gated("/admin/sso/3"), Some(Feature::Sso));
        assert_eq!(gated("/auth/callback/4"), Some(Feature::Sso));
        assert_eq!(gated("/password/forgot"), None);
        assert_eq!(gated("/assetsx"), None);
        assert_eq!(gated("/static/abc/app.css"), None);
        assert_eq!(gated("/deals"), None);
    }
}
