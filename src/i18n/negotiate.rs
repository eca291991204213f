//! Which locale a request is answered in (SPEC §2): the user's saved
//! preference, then an explicit switch (`?lang=`, then the cookie), then
//! `Accept-Language`, then the tenant default — always within the tenant's
//! enabled locales.

use super::Locale;

/// What the request says about language.
#[derive(Debug, Default, Clone)]
pub struct LocaleRequest<'a> {
    pub user_preference: Option<&'a str>,
    pub query: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

pub fn negotiate(request: &LocaleRequest<'_>, enabled: &[Locale], default: Locale) -> Locale {
    let allowed = |l: Locale| enabled.contains(&l).then_some(l);
    let explicit = [request.user_preference, request.query, request.cookie]
        .into_iter()
        .flatten()
        .find_map(|code| Locale::from_code(code).and_then(allowed));
    if let Some(locale) = explicit {
        return locale;
    }
    if let Some(header) = request.accept_language
        && let Some(locale) = from_accept_language(header, enabled)
    {
        return locale;
    }
    if enabled.contains(&default) { default } else { enabled.first().copied().unwrap_or(Locale::EnUs) }
}

/// Picks the best enabled locale from an `Accept-Language` header, honouring
/// q-values; an exact region match wins, else the language alone.
fn from_accept_language(header: &str, enabled: &[Locale]) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(pos, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" || tag.len() > 35 {
                return None;
            }
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=").map(|v| v.trim().parse::<f32>().unwrap_or(0.0))).unwrap_or(1.0);
            (q > 0.0).then_some((q, pos, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, tag)| {
        Locale::from_code(tag).filter(|l| enabled.contains(l)).or_else(|| {
            let language = tag.split('-').next().unwrap_or(tag);
            Locale::from_language(language).filter(|l| enabled.contains(l))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[Locale] = &Locale::ALL;

    #[test]
    fn accept_language_picks_by_quality() {
        let r = LocaleRequest { accept_language: Some("fr;q=0.5, ja;q=0.9, en;q=0.1"), ..Default::default() };
        assert_eq!(negotiate(&r, ALL, Locale::EnUs), Locale::JaJp);
        let r = LocaleRequest { accept_language: Some("de-AT,de;q=0.9"), ..Default::default() };
        assert_eq!(negotiate(&r, ALL, Locale::EnUs), Locale::DeDe);
    }

    #[test]
    fn explicit_choice_beats_the_header_and_preference_beats_both() {
        let r = LocaleRequest { cookie: Some("es-ES"), accept_language: Some("ja"), ..Default::default() };
        assert_eq!(negotiate(&r, ALL, Locale::EnUs), Locale::EsEs);
        let r = LocaleRequest { query: Some("fr-FR"), cookie: Some("es-ES"), ..Default::default() };
        assert_eq!(negotiate(&r, ALL, Locale::EnUs), Locale::FrFr);
        let r = LocaleRequest { user_preference: Some("de-DE"), query: Some("fr-FR"), ..Default::default() };
        assert_eq!(negotiate(&r, ALL, Locale::EnUs), Locale::DeDe);
    }

    #[test]
    fn only_enabled_locales_are_chosen_and_unknown_ones_are_ignored() {
        let enabled = [Locale::EnUs, Locale::DeDe];
        let r = LocaleRequest { query: Some("ja-JP"), accept_language: Some("ja, fr"), ..Default::default() };
        assert_eq!(negotiate(&r, &enabled, Locale::DeDe), Locale::DeDe);
        let r = LocaleRequest { query: Some("klingon"), ..Default::default() };
        assert_eq!(negotiate(&r, &enabled, Locale::EnUs), Locale::EnUs);
        let r = LocaleRequest { accept_language: Some(";;;,,q=abc,*"), ..Default::default() };
        assert_eq!(negotiate(&r, &enabled, Locale::DeDe), Locale::DeDe);
    }
}
