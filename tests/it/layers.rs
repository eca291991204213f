//! The direction of dependencies in `src/`, the way `access.rs` keeps the
//! route inventory: every `crate::…` a file names is held against the layer
//! table of `docs/ARCHITECTURE.md`. A file may use its own layer's earlier
//! modules and anything below; never a layer above, never another HTTP
//! slice, never `startup` (which wires everything and is imported by none
//! but `cli`). Core files name neither actix nor askama.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::rust_files;

/// Layers, lowest first; within a layer, modules in an order where each may
/// use the ones before it (so the core has no cycle either).
const LAYERS: &[(&str, &[&str])] = &[
    ("base", &["error", "db", "config", "i18n", "telemetry", "validate", "assets", "signing", "outbound"]),
    (
        "domain",
        &[
            "tenancy",
            "audit",
            "storage",
            "mail",
            "webhooks",
            "identity",
            "notifications",
            "partners",
            "platform",
            "deals",
            "campaigns",
            "training",
            "dashboard",
            "jobs",
            "demo",
            "benchseed",
        ],
    ),
    ("state", &["state"]),
    ("web kernel", &["web"]),
    ("http slices", &["portal", "admin", "operator", "api"]),
    ("wiring", &["startup", "cli"]),
];

/// HTTP slices sit side by side: none reaches into another.
const SIDE_BY_SIDE: &str = "http slices";

/// Layers that are the core: they know nothing of HTTP or HTML pages.
const CORE: &[&str] = &["base", "domain", "state"];

/// Named exceptions: (file, what it may name, why).
const EXCEPTIONS: &[(&str, &str, &str)] = &[(
    "src/mail/compose.rs",
    "askama",
    "e-mail bodies are askama templates rendered inside the service transaction that enqueues them (the outbox); \
     mail has no HTTP and background jobs compose mail too",
)];

struct Place {
    layer: usize,
    order: usize,
    module: &'static str,
}

fn place(module: &str) -> Option<Place> {
    LAYERS.iter().enumerate().find_map(|(layer, (_, modules))| {
        modules.iter().position(|m| *m == module).map(|order| Place { layer, order, module: modules[order] })
    })
}

/// The code of a file without comments and without its unit tests (which
/// may reach anywhere).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every top-level module a file names through `crate::`, including
/// `use crate::{a, b::c}` groups.
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let head: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !head.is_empty() {
                    names.insert(head);
                }
            }
        } else {
            let head: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !head.is_empty() {
                names.insert(head);
            }
        }
    }
    names
}

fn mentions(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_module_imports_only_from_its_own_or_a_lower_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    let mut seen_modules = BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap().to_string_lossy().replace('\\', "/");
        let top =
            file.strip_prefix(&src).unwrap().components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(here) = place(&top) else {
            problems.push(format!("{rel}: module `{top}` is in no layer of LAYERS (add it, and to docs/ARCHITECTURE.md)"));
            continue;
        };
        seen_modules.insert(here.module);
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for name in named_modules(&code) {
            if name == top {
                continue;
            }
            let Some(there) = place(&name) else {
                problems.push(format!("{rel}: names `crate::{name}`, which is in no layer"));
                continue;
            };
            let (here_layer, there_layer) = (LAYERS[here.layer].0, LAYERS[there.layer].0);
            if there.module == "startup" && here.module != "cli" {
                problems.push(format!("{rel}: imports `startup`, which only `cli` may use"));
            } else if there.layer > here.layer {
                problems.push(format!("{rel}: `{top}` ({here_layer}) imports `{name}` from the layer above ({there_layer})"));
            } else if there.layer == here.layer && here_layer == SIDE_BY_SIDE {
                problems.push(format!("{rel}: HTTP slice `{top}` reaches into the slice `{name}`"));
            } else if there.layer == here.layer && there.order > here.order {
                problems
                    .push(format!("{rel}: `{top}` imports `{name}`, which comes after it in the {here_layer} layer (a cycle in waiting)"));
            }
        }
        if CORE.contains(&LAYERS[here.layer].0) {
            for word in ["actix_web", "actix_session", "actix_multipart", "askama", "askama_web"] {
                let allowed = EXCEPTIONS.iter().any(|(f, w, _)| *f == rel && word.starts_with(w));
                if mentions(&code, word) && !allowed {
                    problems.push(format!("{rel}: core code names `{word}`"));
                }
            }
        }
    }
    for (layer, modules) in LAYERS {
        for module in *modules {
            assert!(seen_modules.contains(module), "LAYERS lists `{module}` ({layer}), which src/ no longer has");
        }
    }
    assert!(problems.is_empty(), "layering broken:\n{}", problems.join("\n"));
}

#[test]
fn the_layer_check_sees_what_it_must_refuse() {
    let names =
        named_modules("use crate::web::ctx::PageCtx;\nuse crate::{db, tenancy::scope::TenantScope};\nlet x = crate::state::AppState;");
    assert_eq!(names.into_iter().collect::<Vec<_>>(), ["db", "state", "tenancy", "web"]);
    assert!(named_modules(&code_of("// crate::web in a comment\nfn f() {}")).is_empty());
    assert!(named_modules(&code_of("fn f() {}\n#[cfg(test)]\nmod tests {\n use crate::web;\n}")).is_empty());
    assert!(mentions("use askama::Template;", "askama"));
    assert!(!mentions("use askama_web::WebTemplate;", "askama"));
    let (core, web, slice) = (place("deals").unwrap(), place("web").unwrap(), place("admin").unwrap());
    assert!(core.layer < web.layer && web.layer < slice.layer);
    assert!(place("tenancy").unwrap().order < place("identity").unwrap().order);
}

#[test]
fn every_exception_names_a_file_that_exists_and_says_why() {
    for (file, word, why) in EXCEPTIONS {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(file).exists(), "{file}");
        assert!(!word.is_empty() && why.len() > 40, "{file}: an exception needs a reason");
    }
}
