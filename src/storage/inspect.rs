//! What an upload is, decided from its bytes — never from its name or the
//! browser's claimed type — and whether we accept it: PNG, JPEG, WebP and PDF,
//! plus HTML and plain text where a template is expected. SVG is refused
//! (it can carry script). Images are measured from their header before any
//! decoding and decoded under explicit limits, so a decompression bomb is
//! refused, not decoded; PDFs are parsed before they are accepted.
//!
//! CPU-bound: callers run [`inspect`] on a blocking thread.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};

/// Longest side of an accepted image, in pixels.
pub const MAX_SIDE: u32 = 12_000;
/// Most pixels of an accepted image (48 megapixels).
pub const MAX_PIXELS: u64 = 48_000_000;
/// Most memory one decode may allocate.
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;
/// Thumbnails fit in this square.
pub const THUMB_SIDE: u32 = 320;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Webp,
    Pdf,
    Html,
    Text,
}

impl FileKind {
    pub const IMAGES: [FileKind; 3] = [FileKind::Png, FileKind::Jpeg, FileKind::Webp];

    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
            FileKind::Html => "text/html; charset=utf-8",
            FileKind::Text => "text/plain; charset=utf-8",
        }
    }

    pub fn ext(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
            FileKind::Html => "html",
            FileKind::Text => "txt",
        }
    }

    /// The name kept in the database.
    pub fn code(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
            FileKind::Html => "html",
            FileKind::Text => "text",
        }
    }

    pub fn from_code(code: &str) -> Option<FileKind> {
        [FileKind::Png, FileKind::Jpeg, FileKind::Webp, FileKind::Pdf, FileKind::Html, FileKind::Text]
            .into_iter()
            .find(|k| k.code() == code)
    }

    pub fn is_image(self) -> bool {
        Self::IMAGES.contains(&self)
    }

    fn image_format(self) -> Option<ImageFormat> {
        match self {
            FileKind::Png => Some(ImageFormat::Png),
            FileKind::Jpeg => Some(ImageFormat::Jpeg),
            FileKind::Webp => Some(ImageFormat::WebP),
            _ => None,
        }
    }
}

/// Why an upload was refused; each has its own message for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    /// Not one of the kinds this upload may be.
    Type,
    Svg,
    /// An image larger than [`MAX_SIDE`] or [`MAX_PIXELS`].
    TooManyPixels,
    /// It says it is an image or a PDF but does not read as one.
    Broken,
    /// A PDF that is encrypted (it cannot be stamped or checked).
    Encrypted,
}

#[derive(Debug)]
pub struct Accepted {
    pub kind: FileKind,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub pages: Option<u32>,
    /// A JPEG thumbnail for images.
    pub thumbnail: Option<Vec<u8>>,
}

/// Decides what `bytes` are and whether they may be one of `allowed`.
pub fn inspect(bytes: &[u8], allowed: &[FileKind]) -> Result<Accepted, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    let kind = sniff(bytes, allowed)?;
    if !allowed.contains(&kind) {
        return Err(Refusal::Type);
    }
    match kind {
        FileKind::Png | FileKind::Jpeg | FileKind::Webp => image(bytes, kind),
        FileKind::Pdf => pdf(bytes),
        FileKind::Html | FileKind::Text => Ok(Accepted { kind, width: None, height: None, pages: None, thumbnail: None }),
    }
}

fn sniff(bytes: &[u8], allowed: &[FileKind]) -> Result<FileKind, Refusal> {
    if let Some(found) = infer::get(bytes) {
        return match found.mime_type() {
            "image/png" => Ok(FileKind::Png),
            "image/jpeg" => Ok(FileKind::Jpeg),
            "image/webp" => Ok(FileKind::Webp),
            "application/pdf" => Ok(FileKind::Pdf),
            "image/svg+xml" => Err(Refusal::Svg),
            "text/html" | "text/xml" | "application/xml" => text_kind(bytes, allowed),
            _ => Err(Refusal::Type),
        };
    }
    text_kind(bytes, allowed)
}

/// Text is accepted when it is UTF-8 without control characters (tab,
/// newline and carriage return aside); an SVG document is refused as SVG.
fn text_kind(bytes: &[u8], allowed: &[FileKind]) -> Result<FileKind, Refusal> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| Refusal::Type)?;
    if text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        return Err(Refusal::Type);
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    let after_prolog = head.strip_prefix("<?xml").map(|rest| rest.split_once("?>").map_or("", |(_, r)| r.trim_start()));
    if head.starts_with("<svg") || after_prolog.is_some_and(|rest| rest.starts_with("<svg") || rest.starts_with("<!doctype svg")) {
        return Err(Refusal::Svg);
    }
    let looks_like_html = text.contains('<') && text.contains('>');
    match (allowed.contains(&FileKind::Html), allowed.contains(&FileKind::Text)) {
        (true, true) if looks_like_html => Ok(FileKind::Html),
        (_, true) => Ok(FileKind::Text),
        (true, false) => Ok(FileKind::Html),
        (false, false) => Err(Refusal::Type),
    }
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    reader
}

fn image(bytes: &[u8], kind: FileKind) -> Result<Accepted, Refusal> {
    let format = kind.image_format().ok_or(Refusal::Type)?;
    // The header first: a bomb says how large it is before it is decoded.
    let (width, height) = reader(bytes, format).into_dimensions().map_err(|e| match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::Broken,
    })?;
    if width == 0 || height == 0 {
        return Err(Refusal::Broken);
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Refusal::TooManyPixels);
    }
    let decoded = reader(bytes, format).decode().map_err(|e| match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::Broken,
    })?;
    Ok(Accepted { kind, width: Some(width), height: Some(height), pages: None, thumbnail: thumbnail(&decoded) })
}

/// Decodes a stored image under the same limits as an upload (a logo to
/// stamp into a PDF, say).
pub fn decode(bytes: &[u8], kind: FileKind) -> Result<DynamicImage, Refusal> {
    let format = kind.image_format().ok_or(Refusal::Type)?;
    reader(bytes, format).decode().map_err(|e| match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::Broken,
    })
}

/// A JPEG that fits in [`THUMB_SIDE`]² (transparency on white).
pub fn thumbnail(image: &DynamicImage) -> Option<Vec<u8>> {
    let small = image.thumbnail(THUMB_SIDE, THUMB_SIDE).to_rgba8();
    let mut flat = image::RgbImage::new(small.width(), small.height());
    for (x, y, px) in small.enumerate_pixels() {
        let a = u16::from(px[3]);
        let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a)) / 255) as u8;
        flat.put_pixel(x, y, image::Rgb([blend(px[0]), blend(px[1]), blend(px[2])]));
    }
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(flat).write_to(&mut out, ImageFormat::Jpeg).ok()?;
    Some(out.into_inner())
}

fn pdf(bytes: &[u8]) -> Result<Accepted, Refusal> {
    let document = lopdf::Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::AlreadyEncrypted | lopdf::Error::NotEncrypted => Refusal::Encrypted,
        _ => Refusal::Broken,
    })?;
    if document.is_encrypted() {
        return Err(Refusal::Encrypted);
    }
    let pages = document.get_pages().len();
    if pages == 0 {
        return Err(Refusal::Broken);
    }
    Ok(Accepted { kind: FileKind::Pdf, width: None, height: None, pages: Some(pages as u32), thumbnail: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(width, height, image::Rgba([10, 120, 200, 128])))
            .write_to(&mut out, ImageFormat::Png)
            .unwrap();
        out.into_inner()
    }

    #[test]
    fn images_are_measured_decoded_and_thumbnailed() {
        let accepted = inspect(&png(800, 400), &FileKind::IMAGES).unwrap();
        assert_eq!((accepted.kind, accepted.width, accepted.height), (FileKind::Png, Some(800), Some(400)));
        let thumb = accepted.thumbnail.unwrap();
        let (w, h) = ImageReader::with_format(Cursor::new(&thumb[..]), ImageFormat::Jpeg).into_dimensions().unwrap();
        assert_eq!((w, h), (320, 160));
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn a_png_that_claims_to_be_huge_is_refused_before_decoding() {
        // A valid header that announces 100,000 × 100,000 pixels.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        // With a correct checksum, as a crafted file would have.
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(inspect(&bomb, &FileKind::IMAGES).unwrap_err(), Refusal::TooManyPixels);
    }

    #[test]
    fn the_name_and_the_claimed_type_do_not_matter_only_the_bytes() {
        assert_eq!(inspect(b"%PDF-1.4 not really", &[FileKind::Pdf]).unwrap_err(), Refusal::Broken);
        assert_eq!(inspect(&png(2, 2), &[FileKind::Pdf]).unwrap_err(), Refusal::Type);
        assert_eq!(inspect(b"\x89PNG\r\n\x1a\nbroken", &FileKind::IMAGES).unwrap_err(), Refusal::Broken);
        assert_eq!(inspect(b"", &FileKind::IMAGES).unwrap_err(), Refusal::Empty);
        assert_eq!(inspect(b"MZ\x90\x00\x03\x00\x00\x00", &[FileKind::Text]).unwrap_err(), Refusal::Type);
        assert_eq!(inspect(b"plain\x00text", &[FileKind::Text]).unwrap_err(), Refusal::Type);
    }

    #[test]
    fn svg_is_refused_however_it_is_dressed() {
        for svg in [
            &b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"[..],
            b"<?xml version=\"1.0\"?>\n<svg onload=\"alert(1)\"/>",
            b"  \n<SVG></SVG>",
        ] {
            assert_eq!(inspect(svg, &[FileKind::Html, FileKind::Text, FileKind::Png]).unwrap_err(), Refusal::Svg);
        }
    }

    #[test]
    fn templates_are_html_or_text_by_their_content() {
        assert_eq!(inspect(b"<p>Hello {{partner_name}}</p>", &[FileKind::Html, FileKind::Text]).unwrap().kind, FileKind::Html);
        assert_eq!(inspect(b"Hello {{partner_name}}", &[FileKind::Html, FileKind::Text]).unwrap().kind, FileKind::Text);
        assert_eq!(inspect("Grüße\r\n".as_bytes(), &[FileKind::Text]).unwrap().kind, FileKind::Text);
    }

    #[test]
    fn a_real_pdf_is_counted_in_pages() {
        let pdf = crate::storage::samples::one_page_pdf("Datasheet");
        let accepted = inspect(&pdf, &[FileKind::Pdf]).unwrap();
        assert_eq!((accepted.kind, accepted.pages), (FileKind::Pdf, Some(1)));
    }
}
