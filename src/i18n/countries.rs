//! Countries: the ISO 3166-1 alpha-2 codes we store, and their names in
//! each UI locale from CLDR (ICU4X's compiled data), sorted the way each
//! language sorts (CLDR collation; Japanese needs it). What people type —
//! a code (`de`), or a name in their language or in English
//! (`Deutschland`, `Germany`, `ドイツ`) — becomes the code; a name is never
//! cut down to its first two letters.

use std::sync::OnceLock;

use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use icu_locale::names::RegionDisplayName;
use icu_locale::subtags::Region;

use super::Locale;

/// Every ISO 3166-1 alpha-2 code (249). CLDR also names regions that are
/// not countries (EU, UN, ZZ…), so the list comes from the standard.
pub fn codes() -> &'static [&'static str] {
    rust_iso3166::ALL_ALPHA2
}

/// The code as we store it (upper case), if it is an ISO 3166-1 country.
pub fn code(text: &str) -> Option<&'static str> {
    let text = text.trim();
    if text.len() != 2 {
        return None;
    }
    codes().iter().copied().find(|c| c.eq_ignore_ascii_case(text))
}

fn icu_locale(locale: Locale) -> Option<icu_locale::Locale> {
    locale.code().parse().ok()
}

/// CLDR's name of `alpha2` in `locale`; None for a code that is not a country.
fn cldr_name(locale: Locale, alpha2: &str) -> Option<String> {
    let loc = icu_locale(locale)?;
    let region = Region::try_from_str(alpha2).ok()?;
    RegionDisplayName::try_new_light((&loc).into(), region).ok().map(|n| n.to_string())
}

/// Every country as (code, name) in `locale`, sorted by name; built once per locale.
pub fn list(locale: Locale) -> &'static [(&'static str, String)] {
    static CACHE: [OnceLock<Vec<(&'static str, String)>>; 5] = [const { OnceLock::new() }; 5];
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    CACHE[index].get_or_init(|| {
        let mut list: Vec<(&'static str, String)> =
            codes().iter().map(|&c| (c, cldr_name(locale, c).unwrap_or_else(|| c.to_string()))).collect();
        let collator = icu_locale(locale).and_then(|l| Collator::try_new((&l).into(), CollatorOptions::default()).ok());
        match collator {
            Some(collator) => list.sort_by(|a, b| collator.compare(&a.1, &b.1)),
            None => list.sort_by(|a, b| a.1.cmp(&b.1)),
        }
        list
    })
}

/// The name of `code` in `locale`; the text itself when it is not a country code.
pub fn name(locale: Locale, code: &str) -> String {
    let upper = code.trim().to_ascii_uppercase();
    list(locale).iter().find(|(c, _)| *c == upper).map(|(_, n)| n.clone()).unwrap_or_else(|| code.to_string())
}

fn folded(text: &str) -> String {
    text.trim().to_lowercase().replace(['’', '\''], "'")
}

/// The country someone typed: a code, or a name in `locale` or in English
/// (letter case and the kind of apostrophe aside).
pub fn parse(locale: Locale, text: &str) -> Option<&'static str> {
    if let Some(code) = code(text) {
        return Some(code);
    }
    let wanted = folded(text);
    if wanted.is_empty() {
        return None;
    }
    [locale, Locale::EnUs].into_iter().find_map(|l| list(l).iter().find(|(_, n)| folded(n) == wanted).map(|(c, _)| *c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_cldr_in_each_language() {
        assert_eq!(name(Locale::DeDe, "DE"), "Deutschland");
        assert_eq!(name(Locale::JaJp, "US"), "アメリカ合衆国");
        assert_eq!(name(Locale::FrFr, "ci"), "Côte d’Ivoire");
        assert_eq!(name(Locale::EsEs, "GB"), "Reino Unido");
        assert_eq!(name(Locale::EnUs, "EU"), "EU", "not a country");
        for locale in Locale::ALL {
            assert_eq!(list(locale).len(), 249);
            assert!(list(locale).iter().all(|(c, n)| n != c), "every country has a name in {locale:?}");
        }
    }

    #[test]
    fn codes_and_names_become_codes_and_nothing_is_cut_to_two_letters() {
        assert_eq!(parse(Locale::EnUs, "de"), Some("DE"));
        assert_eq!(parse(Locale::EnUs, "Germany"), Some("DE"));
        assert_eq!(parse(Locale::DeDe, " deutschland "), Some("DE"));
        assert_eq!(parse(Locale::DeDe, "Germany"), Some("DE"), "English is understood everywhere");
        assert_eq!(parse(Locale::JaJp, "ドイツ"), Some("DE"));
        assert_eq!(parse(Locale::FrFr, "Cote d'Ivoire"), None, "accents count");
        assert_eq!(parse(Locale::FrFr, "Côte d'Ivoire"), Some("CI"), "either apostrophe");
        assert_eq!(parse(Locale::EnUs, "Germ"), None);
        assert_eq!(parse(Locale::EnUs, "EU"), None, "not a country");
        assert_eq!(parse(Locale::EnUs, "ZZ"), None);
    }

    #[test]
    fn lists_sort_as_each_language_does() {
        let position = |locale, code: &str| list(locale).iter().position(|(c, _)| *c == code).unwrap();
        // Österreich sorts with O in German, not after Z.
        assert!(position(Locale::DeDe, "AT") < position(Locale::DeDe, "PL"));
        // Japanese: アイスランド (Iceland) before アイルランド (Ireland), both before ドイツ.
        assert!(position(Locale::JaJp, "IS") < position(Locale::JaJp, "IE"));
        assert!(position(Locale::JaJp, "IE") < position(Locale::JaJp, "DE"));
    }
}
