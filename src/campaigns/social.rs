//! Social posts: a text with placeholders and an image, and how long the
//! filled text is against each network's limit (in characters, as the
//! networks count them for plain text; links are counted as written).

/// The networks a post is measured against, with their limits.
pub const NETWORKS: [(&str, usize); 5] = [("LinkedIn", 3000), ("X", 280), ("Facebook", 63_206), ("Instagram", 2200), ("Mastodon", 500)];

/// One network's measure of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub network: &'static str,
    pub length: usize,
    pub limit: usize,
}

impl Fit {
    pub fn fits(&self) -> bool {
        self.length <= self.limit
    }
}

/// The text's length against every network.
pub fn fits(text: &str) -> Vec<Fit> {
    let length = text.trim().chars().count();
    NETWORKS.iter().map(|(network, limit)| Fit { network, length, limit: *limit }).collect()
}

/// The limits as the editor's live counter reads them: `LinkedIn:3000,X:280,…`.
pub fn limits_attribute() -> String {
    NETWORKS.iter().map(|(n, l)| format!("{n}:{l}")).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_is_measured_in_characters_against_each_network() {
        let post = "株式会社サンプル ".repeat(40);
        let all = fits(&post);
        let x = all.iter().find(|f| f.network == "X").unwrap();
        assert_eq!(x.length, 359, "characters, not bytes, trimmed");
        assert!(!x.fits());
        assert!(all.iter().find(|f| f.network == "LinkedIn").unwrap().fits());
        assert_eq!(limits_attribute(), "LinkedIn:3000,X:280,Facebook:63206,Instagram:2200,Mastodon:500");
    }
}
