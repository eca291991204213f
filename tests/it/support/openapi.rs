//! OpenAPI documents checked from outside: an independent validator
//! (openapi-spec-validator, pinned in tests/peers/requirements.txt) and the
//! routes the server really has.

use std::collections::BTreeSet;

use serde_json::Value;

/// Runs openapi-spec-validator on `text`; panics with its complaint.
pub fn assert_valid(text: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, text).unwrap();
    let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/venv/bin/python");
    let out = std::process::Command::new(&python)
        .args([
            "-c",
            "import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(open(sys.argv[1])))\nprint('VALID')",
            &file.display().to_string(),
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {} (the test command installs it): {e}", python.display()));
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).contains("VALID"),
        "the validator refused the document:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// (method, path) of every operation in a document.
pub fn documented(doc: &Value) -> BTreeSet<(String, String)> {
    doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| ops.as_object().unwrap().keys().map(move |m| (m.clone(), path.clone())))
        .filter(|(m, _)| ["get", "post", "put", "delete", "patch"].contains(&m.as_str()))
        .collect()
}

/// (method, path) of every route the server has under `prefix`, but the document itself.
pub fn served(prefix: &str) -> BTreeSet<(String, String)> {
    portico::web::routes::inventory()
        .into_iter()
        .filter(|(_, path)| path.starts_with(prefix) && !path.ends_with("/openapi.json"))
        .map(|(method, path)| (method.to_lowercase(), path.to_string()))
        .collect()
}
