//! Tenant branding rules that do not depend on how they are shown: the
//! default colours, which colour values may reach CSS, and the text colour
//! that stays readable on a brand colour (pages and e-mail use the same).

pub const DEFAULT_PRIMARY: &str = "#1f4e8c";
pub const DEFAULT_ACCENT: &str = "#b45309";

/// A colour we are willing to put in CSS: `#rgb` or `#rrggbb`.
pub fn is_hex_color(value: &str) -> bool {
    let digits = value.strip_prefix('#').unwrap_or("");
    (digits.len() == 3 || digits.len() == 6) && digits.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Black or white, whichever reads better on `hex` (WCAG relative luminance).
pub fn readable_text_on(hex: &str) -> &'static str {
    let digits = hex.trim_start_matches('#');
    let full: String = if digits.len() == 3 { digits.chars().flat_map(|c| [c, c]).collect() } else { digits.to_string() };
    let channel = |i: usize| {
        let v = u8::from_str_radix(full.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Contrast with white vs with black; pick the larger.
    if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) { "#ffffff" } else { "#111111" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hex_colours_reach_css() {
        assert!(is_hex_color("#0b5cad"));
        assert!(is_hex_color("#FFF"));
        for bad in ["0b5cad", "#0b5cad;}", "red", "#12345", "#gggggg", "url(x)"] {
            assert!(!is_hex_color(bad), "{bad}");
        }
    }

    #[test]
    fn text_colour_keeps_contrast() {
        assert_eq!(readable_text_on("#0b5cad"), "#ffffff");
        assert_eq!(readable_text_on("#ffff00"), "#111111");
        assert_eq!(readable_text_on("#000"), "#ffffff");
    }
}
