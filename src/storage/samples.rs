//! Small, real files made in code: the demo's datasheet and the fixtures of
//! tests. A PDF built with lopdf (text in Helvetica and a link), so the
//! demo ships no binary blobs.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

/// An A4 page with a title, a line of text and a link to `link`.
pub fn datasheet_pdf(title: &str, line: &str, link: &str) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let text = |size: i64, x: i64, y: i64, s: &str| {
        vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), size.into()]),
            Operation::new("Td", vec![x.into(), y.into()]),
            Operation::new("Tj", vec![Object::string_literal(s.chars().filter(char::is_ascii).collect::<String>())]),
            Operation::new("ET", vec![]),
        ]
    };
    let mut operations = text(28, 56, 760, title);
    operations.extend(text(12, 56, 728, line));
    operations.extend(text(11, 56, 700, link));
    let content = Content { operations };
    let bytes = content.encode().unwrap_or_default();
    let content_id = doc.add_object(Stream::new(dictionary! {}, bytes));
    let link_id = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link", "Border" => vec![0.into(), 0.into(), 0.into()],
        "Rect" => vec![56.into(), 696.into(), 320.into(), 712.into()],
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal(link) },
    });
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id, "Annots" => vec![link_id.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
}

/// A one-page PDF whose only text is `title`.
pub fn one_page_pdf(title: &str) -> Vec<u8> {
    datasheet_pdf(title, "", "https://portico.invalid/")
}
