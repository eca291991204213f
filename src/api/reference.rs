//! The API and webhook reference for people (`/api/reference`): the
//! tenant's OpenAPI document rendered as a page — each call with its
//! parameters, body and answers, each webhook event with its payload, and
//! every object they name — so it never says anything the document does not.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde_json::Value;

use crate::error::AppError;
use crate::state::AppState;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::render::render;

/// A type as people read it, and the object it links to, if any.
struct TypeText {
    text: String,
    link: Option<String>,
}

struct Field {
    name: String,
    kind: TypeText,
    required: bool,
    description: String,
}

struct Answer {
    status: String,
    description: String,
    kind: Option<TypeText>,
}

struct Call {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    parameters: Vec<(String, Field)>,
    body: Option<TypeText>,
    answers: Vec<Answer>,
}

struct Section {
    name: String,
    description: String,
    calls: Vec<Call>,
}

struct Object {
    name: String,
    description: String,
    fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "api/reference.html")]
struct ReferencePage {
    ctx: PageCtx,
    description: String,
    server: String,
    sections: Vec<Section>,
    hooks: Vec<Call>,
    objects: Vec<Object>,
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn ref_name(v: &Value) -> Option<String> {
    v.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()).map(String::from)
}

/// `string (date-time)`, `array of DealOut`, `integer ≥ 1`, `DealOut or null`, …
fn type_of(schema: &Value) -> TypeText {
    if let Some(name) = ref_name(schema) {
        return TypeText { text: name.clone(), link: Some(format!("#object-{name}")) };
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let kinds: Vec<TypeText> = options.iter().map(type_of).collect();
            let link = kinds.iter().find_map(|k| k.link.clone());
            return TypeText { text: kinds.into_iter().map(|k| k.text).collect::<Vec<_>>().join(" | "), link };
        }
    }
    let mut names: Vec<String> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(ts)) => ts.iter().map(text).collect(),
        _ => vec!["any".into()],
    };
    let mut link = None;
    if let Some(pos) = names.iter().position(|n| n == "array") {
        let items = schema.get("items").map(type_of).unwrap_or(TypeText { text: "any".into(), link: None });
        names[pos] = format!("array of {}", items.text);
        link = items.link;
    }
    let mut out = names.join(" | ");
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        out.push_str(&format!(" ({format})"));
    }
    let mut notes = Vec::new();
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        notes.push(values.iter().map(|v| v.as_str().map(String::from).unwrap_or_else(|| v.to_string())).collect::<Vec<_>>().join(", "));
    }
    if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
        notes.push(format!("pattern {p}"));
    }
    for (key, sign) in [("minimum", "≥"), ("maximum", "≤"), ("minLength", "length ≥"), ("maxLength", "length ≤")] {
        if let Some(n) = schema.get(key) {
            notes.push(format!("{sign} {n}"));
        }
    }
    if !notes.is_empty() {
        out.push_str(&format!("; {}", notes.join("; ")));
    }
    TypeText { text: out, link }
}

fn body_type(content: &Value) -> Option<TypeText> {
    let (_, media) = content.as_object()?.iter().next()?;
    media.get("schema").map(type_of)
}

fn call(method: &str, path: &str, op: &Value, anchor: String) -> Call {
    let parameters = op["parameters"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let field = Field {
                        name: text(&p["name"]),
                        kind: type_of(&p["schema"]),
                        required: p["required"].as_bool().unwrap_or(false),
                        description: text(&p["description"]),
                    };
                    (text(&p["in"]), field)
                })
                .collect()
        })
        .unwrap_or_default();
    let answers = op["responses"]
        .as_object()
        .map(|rs| {
            rs.iter()
                .map(|(status, r)| Answer { status: status.clone(), description: text(&r["description"]), kind: body_type(&r["content"]) })
                .collect()
        })
        .unwrap_or_default();
    Call {
        anchor,
        method: method.to_ascii_uppercase(),
        path: path.to_string(),
        summary: text(&op["summary"]),
        parameters,
        body: body_type(&op["requestBody"]["content"]),
        answers,
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn sections(doc: &Value) -> Vec<Section> {
    let mut sections: Vec<Section> = doc["tags"]
        .as_array()
        .map(|tags| {
            tags.iter()
                .filter(|t| t["name"] != "webhooks")
                .map(|t| Section { name: text(&t["name"]), description: text(&t["description"]), calls: Vec::new() })
                .collect()
        })
        .unwrap_or_default();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let tag = op["tags"][0].as_str().unwrap_or_default();
            let anchor = format!("call-{}", text(&op["operationId"]));
            if let Some(section) = sections.iter_mut().find(|s| s.name == tag) {
                section.calls.push(call(method, path, op, anchor));
            }
        }
    }
    sections
}

fn hooks(doc: &Value) -> Vec<Call> {
    doc["webhooks"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, item)| item.get("post").map(|op| call("post", name, op, format!("event-{}", name.replace('.', "-")))))
        .collect()
}

fn objects(doc: &Value) -> Vec<Object> {
    doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, schema)| {
            let required: Vec<&str> =
                schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            let fields = schema["properties"]
                .as_object()
                .map(|ps| {
                    ps.iter()
                        .map(|(field, s)| Field {
                            name: field.clone(),
                            kind: type_of(s),
                            required: required.contains(&field.as_str()),
                            description: text(&s["description"]),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Object { name: name.clone(), description: text(&schema["description"]), fields }
        })
        .collect()
}

async fn page(ctx: PageCtx, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let server = state.config.tenant_url(&tenant.0.tenant.slug);
    let doc = super::docs::document(&server);
    let page = ReferencePage {
        description: text(&doc["info"]["description"]),
        sections: sections(&doc),
        hooks: hooks(&doc),
        objects: objects(&doc),
        server,
        ctx,
    };
    render(StatusCode::OK, &page)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/api/reference", page);
}
