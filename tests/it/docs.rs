//! The repo's own documents stay true: every security case id cited in
//! `src/` or `tests/` is listed in `docs/SECURITY.md`, and every test that
//! file names exists where it says.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::rust_files;

const ID_PREFIXES: &[&str] =
    &["TEN", "OIDC", "SES", "CSRF", "XSS", "IN", "FILE", "LOG", "DB-PG", "DB-SQ", "OUT", "MAIL", "WH", "CRASH", "BAK"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Case ids in a text: `TEN-7`, `DB-PG-3`, and the invariants `I1`…`I5`.
fn case_ids(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let bytes = text.as_bytes();
    for prefix in ID_PREFIXES {
        for (at, _) in text.match_indices(&format!("{prefix}-")) {
            let starts_word = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'-');
            let digits: String = text[at + prefix.len() + 1..].chars().take_while(char::is_ascii_digit).collect();
            let ends_word = text[at + prefix.len() + 1 + digits.len()..].chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
            if starts_word && !digits.is_empty() && ends_word {
                ids.insert(format!("{prefix}-{digits}"));
            }
        }
    }
    for (at, _) in text.match_indices('I') {
        let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let digit = bytes.get(at + 1).copied();
        let after = bytes.get(at + 2).copied();
        if starts_word && digit.is_some_and(|d| (b'1'..=b'5').contains(&d)) && !after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            ids.insert(text[at..at + 2].to_string());
        }
    }
    ids
}

#[test]
fn every_case_id_cited_in_the_code_is_listed_in_docs_security_md() {
    let security = std::fs::read_to_string(root().join("docs/SECURITY.md")).unwrap();
    let listed = case_ids(&security);
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("tests/it"), &mut files);
    let mut missing = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("docs.rs")) {
        for id in case_ids(&std::fs::read_to_string(file).unwrap()) {
            if !listed.contains(&id) {
                missing.push(format!("{}: {id}", file.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(missing.is_empty(), "cited but not in docs/SECURITY.md:\n{}", missing.join("\n"));
}

#[test]
fn every_test_docs_security_md_names_exists() {
    let security = std::fs::read_to_string(root().join("docs/SECURITY.md")).unwrap();
    let mut named = 0;
    let mut missing = Vec::new();
    for (at, _) in security.match_indices(".rs::") {
        let start = security[..at].rfind(|c: char| !(c.is_alphanumeric() || "/_.-".contains(c))).map_or(0, |i| i + 1);
        let file = &security[start..at + 3];
        let rest = &security[at + 5..];
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        let function = path.rsplit("::").next().unwrap_or_default();
        if !(file.starts_with("tests/") || file.starts_with("src/")) || function.is_empty() {
            continue;
        }
        named += 1;
        let found = std::fs::read_to_string(root().join(file)).is_ok_and(|code| code.contains(&format!("fn {function}(")));
        if !found {
            missing.push(format!("{file}::{path}"));
        }
    }
    assert!(named > 50, "docs/SECURITY.md names tests as path::fn ({named} found)");
    assert!(missing.is_empty(), "named in docs/SECURITY.md but not found:\n{}", missing.join("\n"));
}

#[test]
fn case_ids_are_read_as_whole_words() {
    let ids = case_ids("TEN-7 and DB-PG-3, OIDC-13; not XTEN-1, not TEN-, I4 but not I42 or AI5; (I2)");
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["DB-PG-3", "I2", "I4", "OIDC-13", "TEN-7"]);
}
