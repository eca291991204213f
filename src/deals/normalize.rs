//! Keys for conflict detection: a company name and a web domain reduced to
//! what identifies the customer, so "ACME, Inc.", "acme inc" and "Acme GmbH"
//! meet, and so do "https://www.acme.com/x", "acme.com" and "shop.acme.com".

use unicode_normalization::UnicodeNormalization;

/// Legal-form words dropped from company names (after lower-casing and
/// removing punctuation, so "S.A." is "sa" and "K.K." is "kk").
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "gmbh",
    "mbh",
    "ag",
    "kg",
    "ug",
    "se",
    "sa",
    "sas",
    "sarl",
    "sl",
    "slu",
    "srl",
    "spa",
    "bv",
    "nv",
    "oy",
    "ab",
    "as",
    "aps",
    "pty",
    "kk",
    "gk",
    "kabushiki",
    "kaisha",
    "holding",
    "holdings",
    "group",
];

/// Legal forms written in Japanese, removed before anything else.
const JAPANESE_FORMS: &[&str] = &["株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "（株）", "(株)", "㈱"];

/// The company key: case, accents, punctuation and legal forms removed.
pub fn company_key(name: &str) -> String {
    let mut text = name.to_string();
    for form in JAPANESE_FORMS {
        text = text.replace(form, " ");
    }
    // NFKD splits accents off letters (é → e + ´) and folds full-width forms.
    let folded: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    // "s a" and "k k" are what "S.A." and "K.K." become once the dots go.
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut joined: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() && words[i].chars().count() == 1 && words[i + 1].chars().count() == 1 {
            joined.push(format!("{}{}", words[i], words[i + 1]));
            i += 2;
        } else {
            joined.push(words[i].to_string());
            i += 1;
        }
    }
    let kept: Vec<&str> = joined.iter().map(String::as_str).filter(|w| !LEGAL_FORMS.contains(w)).collect();
    // A name that is nothing but a legal form keeps its words.
    if kept.is_empty() { joined.join(" ") } else { kept.join(" ") }
}

/// Two-label public suffixes common enough to matter (no full suffix list).
const SECOND_LEVEL: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "co.jp", "ne.jp", "or.jp", "ac.jp", "com.au", "net.au", "org.au", "co.nz", "com.br", "com.mx",
    "co.in", "co.kr", "com.cn", "com.tw", "com.sg", "co.za", "com.tr", "co.il",
];

/// The domain key: scheme, credentials, port, path, `www.` and subdomains
/// removed — the registrable domain, lower-cased.
pub fn domain_key(input: &str) -> String {
    let mut text = input.trim().to_lowercase();
    if let Some((_, rest)) = text.split_once("://") {
        text = rest.to_string();
    }
    let host = text.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.');
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() <= 2 {
        return labels.join(".");
    }
    let last_two = labels[labels.len() - 2..].join(".");
    let keep = if SECOND_LEVEL.contains(&last_two.as_str()) { 3 } else { 2 };
    labels[labels.len() - keep..].join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_names_meet_across_case_punctuation_accents_and_legal_forms() {
        let acme = company_key("ACME, Inc.");
        assert_eq!(acme, "acme");
        for other in ["acme inc", "Acme GmbH", "ACME Corp.", "Acme S.A.", "Acme K.K.", "株式会社ACME", "Acme Ltd", "ＡＣＭＥ"] {
            assert_eq!(company_key(other), acme, "{other}");
        }
        assert_eq!(company_key("Société Générale S.A."), "societe generale");
        assert_eq!(company_key("Müller & Söhne GmbH"), "muller sohne");
        assert_eq!(company_key("株式会社 東京商事"), "東京商事");
        assert_ne!(company_key("Acme Robotics"), acme);
        assert_eq!(company_key("Inc."), "inc", "a bare legal form stays itself");
    }

    #[test]
    fn web_domains_meet_across_scheme_www_subdomains_and_paths() {
        for input in ["https://www.acme.com/x", "acme.com", "shop.acme.com", "HTTP://Acme.COM:8080/?q=1", "user@mail.acme.com", "acme.com."]
        {
            assert_eq!(domain_key(input), "acme.com", "{input}");
        }
        assert_eq!(domain_key("https://www.shop.acme.co.uk/path"), "acme.co.uk");
        assert_eq!(domain_key("tokyo.example.co.jp"), "example.co.jp");
        assert_ne!(domain_key("acme.org"), domain_key("acme.com"));
        assert_eq!(domain_key(""), "");
    }
}
