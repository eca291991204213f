//! Dates and numbers written the way each locale writes them. Values are
//! stored in UTC and formatted only here, in views.

use chrono::NaiveDateTime;
use num_format::ToFormattedString;

use super::Locale;

fn chrono_locale(locale: Locale) -> chrono::Locale {
    match locale {
        Locale::EnUs => chrono::Locale::en_US,
        Locale::DeDe => chrono::Locale::de_DE,
        Locale::FrFr => chrono::Locale::fr_FR,
        Locale::EsEs => chrono::Locale::es_ES,
        Locale::JaJp => chrono::Locale::ja_JP,
    }
}

fn date_pattern(locale: Locale) -> &'static str {
    match locale {
        Locale::EnUs => "%B %-d, %Y",
        Locale::DeDe => "%-d. %B %Y",
        Locale::FrFr => "%-d %B %Y",
        Locale::EsEs => "%-d de %B de %Y",
        Locale::JaJp => "%Y年%-m月%-d日",
    }
}

/// A calendar date: `November 23, 2026`, `23. November 2026`, `2026年11月23日`.
pub fn format_date(locale: Locale, at: NaiveDateTime) -> String {
    at.and_utc().format_localized(date_pattern(locale), chrono_locale(locale)).to_string()
}

/// A date and time in UTC, with the locale's clock.
pub fn format_datetime(locale: Locale, at: NaiveDateTime) -> String {
    let time = match locale {
        Locale::EnUs => "%-I:%M %p UTC",
        _ => "%H:%M UTC",
    };
    format!(
        "{} {}",
        format_date(locale, at),
        at.and_utc().format_localized(time, chrono_locale(locale))
    )
}

/// A whole number with the locale's grouping: `1,234,567`, `1.234.567`, `1 234 567`.
pub fn format_number(locale: Locale, n: i64) -> String {
    let l = match locale {
        Locale::EnUs => num_format::Locale::en,
        Locale::DeDe => num_format::Locale::de,
        Locale::FrFr => num_format::Locale::fr,
        Locale::EsEs => num_format::Locale::es,
        Locale::JaJp => num_format::Locale::ja,
    };
    n.to_formatted_string(&l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 3)
            .and_then(|d| d.and_hms_opt(18, 5, 0))
            .unwrap()
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(format_date(Locale::EnUs, at()), "November 3, 2026");
        assert_eq!(format_date(Locale::DeDe, at()), "3. November 2026");
        assert_eq!(format_date(Locale::FrFr, at()), "3 novembre 2026");
        assert_eq!(format_date(Locale::EsEs, at()), "3 de noviembre de 2026");
        assert_eq!(format_date(Locale::JaJp, at()), "2026年11月3日");
        assert_eq!(format_datetime(Locale::EnUs, at()), "November 3, 2026 6:05 PM UTC");
        assert_eq!(format_datetime(Locale::DeDe, at()), "3. November 2026 18:05 UTC");
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(format_number(Locale::EnUs, 1_234_567), "1,234,567");
        assert_eq!(format_number(Locale::DeDe, 1_234_567), "1.234.567");
        assert_eq!(format_number(Locale::JaJp, 1_234_567), "1,234,567");
        assert_eq!(format_number(Locale::EsEs, -1_234), "-1.234");
        assert!(format_number(Locale::FrFr, 1_234_567).starts_with('1'));
        assert_ne!(format_number(Locale::FrFr, 1_234_567), "1,234,567");
    }
}
