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

/// Each locale's date pattern, parsed once (lists format a date per row).
fn date_items(locale: Locale) -> &'static [chrono::format::Item<'static>] {
    static PARSED: std::sync::OnceLock<Vec<Vec<chrono::format::Item<'static>>>> = std::sync::OnceLock::new();
    let all = PARSED.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|l| {
                chrono::format::StrftimeItems::new_with_locale(date_pattern(*l), chrono_locale(*l)).parse_to_owned().unwrap_or_default()
            })
            .collect()
    });
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    &all[index]
}

/// A calendar date: `November 23, 2026`, `23. November 2026`, `2026年11月23日`.
pub fn format_date(locale: Locale, at: NaiveDateTime) -> String {
    at.and_utc().format_localized_with_items(date_items(locale).iter(), chrono_locale(locale)).to_string()
}

/// A date and time in UTC, with the locale's clock.
pub fn format_datetime(locale: Locale, at: NaiveDateTime) -> String {
    let time = match locale {
        Locale::EnUs => "%-I:%M %p UTC",
        _ => "%H:%M UTC",
    };
    format!("{} {}", format_date(locale, at), at.and_utc().format_localized(time, chrono_locale(locale)))
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

/// A file size for people: `820 KB`, `1.5 MB`, `25 MB` (1 KB = 1,024 bytes),
/// with the locale's decimal mark.
pub fn file_size(locale: Locale, bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let mark = if matches!(locale, Locale::EnUs | Locale::JaJp) { '.' } else { ',' };
    if bytes < KB {
        return format!("{} B", format_number(locale, bytes as i64));
    }
    if bytes < MB {
        return format!("{} KB", format_number(locale, bytes.div_ceil(KB) as i64));
    }
    let tenths = (bytes * 10 + MB / 2) / MB;
    if tenths.is_multiple_of(10) || tenths >= 100 {
        format!("{} MB", format_number(locale, ((tenths + 5) / 10) as i64))
    } else {
        format!("{}{mark}{} MB", tenths / 10, tenths % 10)
    }
}

/// Currencies deals may be registered in: (ISO code, minor-unit digits, symbol).
pub const CURRENCIES: [(&str, u32, &str); 7] =
    [("USD", 2, "$"), ("EUR", 2, "€"), ("GBP", 2, "£"), ("JPY", 0, "¥"), ("CHF", 2, "CHF"), ("CAD", 2, "CA$"), ("AUD", 2, "A$")];

pub fn currency_digits(code: &str) -> Option<u32> {
    CURRENCIES.iter().find(|c| c.0 == code).map(|c| c.1)
}

/// An amount in minor units, written for the locale: `$1,234.50`,
/// `1.234,50 €`, `1 234,50 €`, `¥1,234`.
pub fn format_money(locale: Locale, minor: i64, currency: &str) -> String {
    let Some(&(_, digits, symbol)) = CURRENCIES.iter().find(|c| c.0 == currency) else {
        return format!("{} {currency}", format_number(locale, minor));
    };
    let scale = 10i64.pow(digits);
    let whole = format_number(locale, (minor / scale).abs());
    let sign = if minor < 0 { "-" } else { "" };
    let decimal = match locale {
        Locale::EnUs | Locale::JaJp => ".",
        _ => ",",
    };
    let number = if digits == 0 { whole } else { format!("{whole}{decimal}{:0width$}", (minor % scale).abs(), width = digits as usize) };
    match locale {
        Locale::EnUs | Locale::JaJp if symbol.len() <= 3 && !symbol.chars().all(|c| c.is_ascii_uppercase()) => {
            format!("{sign}{symbol}{number}")
        }
        Locale::EnUs | Locale::JaJp => format!("{sign}{symbol} {number}"),
        _ => format!("{sign}{number}\u{a0}{symbol}"),
    }
}

/// Reads an amount typed by a person ("1234.5", "1,234.50", "1.234,50",
/// "1 234", "12'500") into minor units; `None` if it is not a plain,
/// non-negative amount.
pub fn parse_money(text: &str, currency: &str) -> Option<i64> {
    let digits = currency_digits(currency)? as usize;
    let cleaned: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    // Which separator (if any) marks the decimals: with both kinds present,
    // the last one; with one kind once, it does unless exactly three digits
    // follow (then it groups thousands, as in "1,234").
    let has_dot = cleaned.contains('.');
    let has_comma = cleaned.contains(',');
    let decimal_at = match (has_dot, has_comma) {
        (true, true) => cleaned.rfind(['.', ',']),
        (false, false) => None,
        _ => {
            let sep = if has_dot { '.' } else { ',' };
            let pos = cleaned.rfind(sep)?;
            let after = cleaned.len() - pos - 1;
            (cleaned.matches(sep).count() == 1 && after != 3).then_some(pos)
        }
    };
    let (int_part, frac_part) = match decimal_at {
        Some(pos) => (&cleaned[..pos], &cleaned[pos + 1..]),
        None => (cleaned.as_str(), ""),
    };
    if frac_part.len() > digits || frac_part.contains(['.', ',']) {
        return None;
    }
    // Thousands groups: 1–3 digits, then groups of exactly three.
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    let grouped = groups.len() > 1;
    if groups.is_empty()
        || groups.iter().enumerate().any(|(i, g)| g.is_empty() && !(i == 0 && groups.len() == 1 && !frac_part.is_empty()))
        || (grouped && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)))
    {
        return None;
    }
    let int_digits: String = groups.concat();
    if int_digits.is_empty() && frac_part.is_empty() {
        return None;
    }
    let whole: i64 = if int_digits.is_empty() { 0 } else { int_digits.parse().ok()? };
    let frac: i64 = if frac_part.is_empty() { 0 } else { format!("{frac_part:0<digits$}").parse().ok()? };
    whole.checked_mul(10i64.pow(digits as u32))?.checked_add(frac).filter(|v| *v <= 1_000_000_000_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_sizes_read_like_people_say_them() {
        assert_eq!(file_size(Locale::EnUs, 512), "512 B");
        assert_eq!(file_size(Locale::EnUs, 512 * 1024), "512 KB");
        assert_eq!(file_size(Locale::EnUs, 25 * 1024 * 1024), "25 MB");
        assert_eq!(file_size(Locale::EnUs, 1536 * 1024), "1.5 MB");
        assert_eq!(file_size(Locale::DeDe, 1536 * 1024), "1,5 MB");
    }

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 3).and_then(|d| d.and_hms_opt(18, 5, 0)).unwrap()
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
    fn money_follows_the_locale_and_the_currency() {
        assert_eq!(format_money(Locale::EnUs, 123_450, "USD"), "$1,234.50");
        assert_eq!(format_money(Locale::DeDe, 123_450, "EUR"), "1.234,50\u{a0}€");
        assert_eq!(format_money(Locale::JaJp, 1_234, "JPY"), "¥1,234");
        assert_eq!(format_money(Locale::EnUs, 5_000_000, "CHF"), "CHF 50,000.00");
        assert!(format_money(Locale::FrFr, 123_450, "EUR").ends_with(",50\u{a0}€"));
    }

    #[test]
    fn typed_amounts_are_read_or_refused() {
        assert_eq!(parse_money("1234.5", "USD"), Some(123_450));
        assert_eq!(parse_money("1,234.50", "USD"), Some(123_450));
        assert_eq!(parse_money("1.234,50", "EUR"), Some(123_450));
        assert_eq!(parse_money("1 234", "EUR"), Some(123_400));
        assert_eq!(parse_money("12'500", "CHF"), Some(1_250_000));
        assert_eq!(parse_money("1,234", "USD"), Some(123_400));
        assert_eq!(parse_money("50000", "JPY"), Some(50_000));
        assert_eq!(parse_money("10.999", "USD"), Some(1_099_900), "three digits after one separator group thousands");
        for bad in ["", "-5", "abc", "1.2.3,4,5.6", "1e9", "10.9999", "1,23,456", "99999999999999999999", ",", "."] {
            assert_eq!(parse_money(bad, "USD"), None, "{bad}");
        }
        assert_eq!(parse_money("5", "XXX"), None);
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
