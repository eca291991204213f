//! A tenant's own texts: what the interface-text editor accepts and how a
//! term is renamed across a locale. A text is Fluent pattern source (so
//! `{ $portal }` and `{ $count -> … }` keep working); it must parse, use
//! only its message's placeholders and refer to no other message. Renaming
//! a term ("Deal" → "Opportunity") rewrites the words of each message only,
//! never its placeholders, matching whole words in letter case as found.
//! Messages only platform operators see are not the tenant's to change.

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser::ErrorKind;

use super::{Catalog, Locale};

/// Why a text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    /// A `{` without its `}` or the other way round.
    Brace,
    /// A choice (`{ $count -> … }`) without exactly one default variant.
    DefaultVariant,
    /// A placeholder the message does not have; `known` are those it has.
    UnknownPlaceholder { name: String, known: Vec<String> },
    /// A reference to another message, a term or a function.
    Reference,
    /// Anything else the parser refused, in its own words.
    Syntax(String),
}

/// Ids of messages that only platform operators read (the console, the
/// platform host's pages, the development mailbox): not in the tenant's editor.
pub fn operator_only(id: &str) -> bool {
    ["operator-", "platform-", "dev-"].iter().any(|p| id.starts_with(p)) || id == "export-requested-operator"
}

/// The placeholders message `id` has (from the reference locale).
pub fn placeholders(id: &str) -> Vec<String> {
    Catalog::message_ids(Locale::EnUs).into_iter().find(|(i, _)| i == id).map(|(_, v)| v).unwrap_or_default()
}

fn entry_source(id: &str, value: &str) -> String {
    format!("{id} = {}\n", value.replace('\n', "\n    "))
}

/// Whether `value` may stand for message `id`.
pub fn check(id: &str, value: &str) -> Result<(), TextProblem> {
    let resource = match fluent_syntax::parser::parse(entry_source(id, value)) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let kind = errors.into_iter().next().map(|e| e.kind);
            return Err(match kind {
                Some(
                    ErrorKind::UnbalancedClosingBrace
                    | ErrorKind::ExpectedToken('}')
                    | ErrorKind::ExpectedToken('{')
                    | ErrorKind::ExpectedInlineExpression,
                ) => TextProblem::Brace,
                Some(ErrorKind::MissingDefaultVariant | ErrorKind::MultipleDefaultVariants) => TextProblem::DefaultVariant,
                Some(kind) => TextProblem::Syntax(kind.to_string()),
                None => TextProblem::Syntax(String::new()),
            });
        }
    };
    let message = match resource.body.as_slice() {
        [ast::Entry::Message(m)] if m.id.name == id && m.attributes.is_empty() => m,
        _ => return Err(TextProblem::Brace),
    };
    let known = placeholders(id);
    let Some(pattern) = &message.value else { return Ok(()) };
    let mut used = Vec::new();
    let mut reference = false;
    walk(pattern, &mut used, &mut reference);
    if reference {
        return Err(TextProblem::Reference);
    }
    match used.into_iter().find(|v| !known.contains(v)) {
        Some(name) => Err(TextProblem::UnknownPlaceholder { name, known }),
        None => Ok(()),
    }
}

fn walk(pattern: &ast::Pattern<String>, used: &mut Vec<String>, reference: &mut bool) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(inline) => inline_walk(inline, used, reference),
                Expression::Select { selector, variants } => {
                    inline_walk(selector, used, reference);
                    for variant in variants {
                        walk(&variant.value, used, reference);
                    }
                }
            }
        }
    }
}

fn inline_walk(expression: &InlineExpression<String>, used: &mut Vec<String>, reference: &mut bool) {
    match expression {
        InlineExpression::VariableReference { id } => used.push(id.name.clone()),
        InlineExpression::Placeable { expression } => match &**expression {
            Expression::Inline(inline) => inline_walk(inline, used, reference),
            Expression::Select { .. } => *reference = true,
        },
        InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } | InlineExpression::FunctionReference { .. } => {
            *reference = true
        }
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The built-in source of message `id` in `locale` (placeholders as written).
pub fn built_in_source(locale: Locale, id: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(locale.source().to_string()).unwrap_or_else(|(r, _)| r);
    resource.body.into_iter().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => Some(pattern_source(&m)),
        _ => None,
    })
}

/// Every message's built-in source in `locale`, in file order.
pub fn all_sources(locale: Locale) -> Vec<(String, String)> {
    let resource = fluent_syntax::parser::parse(locale.source().to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) if m.value.is_some() => Some((m.id.name.clone(), pattern_source(&m))),
            _ => None,
        })
        .collect()
}

/// A message's value written back as pattern source, as an override stores it.
fn pattern_source(message: &ast::Message<String>) -> String {
    let mut lone = message.clone();
    lone.comment = None;
    lone.attributes.clear();
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(lone)] });
    let value = text.split_once('=').map(|(_, v)| v).unwrap_or_default();
    let value = value.strip_prefix(' ').unwrap_or(value);
    let value = value.strip_prefix('\n').unwrap_or(value);
    value.trim_end_matches('\n').lines().map(|l| l.strip_prefix("    ").unwrap_or(l)).collect::<Vec<_>>().join("\n")
}

/// `source` (the text of message `id`) with every whole-word `from`
/// replaced by `to` in its words, never in its placeholders; None when
/// nothing changes.
pub fn rename(id: &str, source: &str, from: &str, to: &str) -> Option<String> {
    let from = from.trim();
    if from.is_empty() {
        return None;
    }
    let mut resource = fluent_syntax::parser::parse(entry_source(id, source)).ok()?;
    let mut changed = false;
    for entry in &mut resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(pattern) = &mut m.value
        {
            rename_in(pattern, from, to.trim(), &mut changed);
        }
    }
    if !changed {
        return None;
    }
    match resource.body.into_iter().next() {
        Some(ast::Entry::Message(m)) => Some(pattern_source(&m)),
        _ => None,
    }
}

fn rename_in(pattern: &mut ast::Pattern<String>, from: &str, to: &str, changed: &mut bool) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if let Some(new) = replace_words(value, from, to) {
                    *value = new;
                    *changed = true;
                }
            }
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for variant in variants {
                    rename_in(&mut variant.value, from, to, changed);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// Letters that make up words between spaces; Japanese and Chinese have no
/// spaces, so a term there matches inside a longer run of characters.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff66}'..='\u{ff9f}')
}

/// `text` with whole-word, case-insensitive matches of `from` replaced by
/// `to` in the letter case found (Deal → Opportunity, deal → opportunity,
/// DEAL → OPPORTUNITY).
pub fn replace_words(text: &str, from: &str, to: &str) -> Option<String> {
    let lower_text: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<char> = text.chars().collect();
    // Lower-casing can change the length of a few letters; then give up on those texts.
    if lower_text.len() != chars.len() {
        return None;
    }
    let needle: Vec<char> = from.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return None;
    }
    let mut out = String::new();
    let (mut i, mut changed) = (0, false);
    while i < chars.len() {
        let end = i + needle.len();
        let whole = end <= chars.len()
            && lower_text[i..end] == needle[..]
            && (i == 0 || !is_word_char(chars[i - 1]) || !is_word_char(chars[i]))
            && (end == chars.len() || !is_word_char(chars[end]) || !is_word_char(chars[end - 1]));
        if whole {
            let found: String = chars[i..end].iter().collect();
            out.push_str(&in_case_of(&found, to));
            i = end;
            changed = true;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    changed.then_some(out)
}

fn in_case_of(found: &str, to: &str) -> String {
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return to.to_uppercase();
    }
    let mut chars = to.chars();
    match (found.chars().next(), chars.next()) {
        (Some(f), Some(first)) if f.is_uppercase() => first.to_uppercase().chain(chars).collect(),
        (Some(f), Some(first)) if f.is_lowercase() => first.to_lowercase().chain(chars).collect(),
        _ => to.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_must_parse_and_use_only_their_placeholders() {
        assert_eq!(check("deal-flash-approve", "The opportunity is approved."), Ok(()));
        assert_eq!(check("home-fallback-welcome", "Welcome to { $vendor }'s portal."), Ok(()));
        assert_eq!(check("home-fallback-welcome", "Welcome to { $vendor"), Err(TextProblem::Brace));
        assert_eq!(check("home-fallback-welcome", "Welcome } here"), Err(TextProblem::Brace));
        assert_eq!(
            check("home-fallback-welcome", "Welcome to { $portal }"),
            Err(TextProblem::UnknownPlaceholder { name: "portal".into(), known: vec!["vendor".into()] })
        );
        assert_eq!(check("home-fallback-welcome", "See { deals-title }"), Err(TextProblem::Reference));
        assert_eq!(check("deals-count", "{ $count ->\n    [one] one\n    [other] { $n }\n}"), Err(TextProblem::DefaultVariant));
        assert_eq!(check("deals-count", "{ $count ->\n    [one] one opportunity\n   *[other] { $n } opportunities\n}"), Ok(()));
        assert_eq!(check("home-fallback-welcome", "two\nlines"), Ok(()), "a text may have lines");
    }

    #[test]
    fn a_term_is_renamed_in_words_only_in_the_case_found() {
        assert_eq!(
            replace_words("Deal approved; deals listed; DEAL", "deal", "opportunity").as_deref(),
            Some("Opportunity approved; deals listed; OPPORTUNITY")
        );
        assert_eq!(replace_words("Ideal dealer", "deal", "x"), None, "whole words only");
        assert_eq!(replace_words("案件一覧", "案件", "商談").as_deref(), Some("商談一覧"), "no spaces in Japanese");
        let source = built_in_source(Locale::EnUs, "notify-deal-approved").unwrap_or_default();
        let renamed = rename("notify-deal-approved", &source, "deal", "opportunity").unwrap_or_default();
        assert!(renamed.starts_with("Your opportunity “{ $company }”"), "{renamed}");
        assert_eq!(check("notify-deal-approved", &renamed), Ok(()));
        let plural = built_in_source(Locale::EnUs, "deals-count").unwrap_or_default();
        let renamed = rename("deals-count", &plural, "deal", "opportunity").unwrap_or_default();
        assert!(renamed.contains("[one] one opportunity") && renamed.contains("{ $n } deals"), "{renamed}");
        assert_eq!(check("deals-count", &renamed), Ok(()));
        assert_eq!(rename("deals-count", &plural, "count", "x"), None, "placeholders and keys stay");
    }

    #[test]
    fn operator_texts_are_not_the_tenants() {
        assert!(operator_only("operator-tenants-title") && operator_only("platform-heading") && operator_only("dev-mailbox-title"));
        assert!(!operator_only("deals-title"));
    }
}
