//! Lesson bodies: Markdown rendered with pulldown-cmark, then cleaned with
//! ammonia's allow-list. The same function renders the published page, the
//! editor's live preview and the preview as a partner, so what an editor
//! sees is what partners get.
//!
//! What stays inert: raw HTML in the Markdown is shown as text; links keep
//! only http, https and mailto (with `rel="noopener noreferrer"`); images
//! only from the tenant's own lesson files (`/training/files/{id}`) or
//! https — anything else becomes its alt text; no script, style, event
//! handler, `hx-*` or `data-*` attribute survives ammonia. Video links are
//! embedded only from an allow-list of hosts ([`embed`]); every other
//! https link is shown as a link.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

/// The relative address lesson files are served under.
pub const FILES_PATH: &str = "/training/files/";

/// Whether an image may be shown: one of the tenant's lesson files, or https.
pub fn image_allowed(url: &str) -> bool {
    let url = url.trim();
    match url.strip_prefix(FILES_PATH) {
        Some(id) => !id.is_empty() && id.len() <= 18 && id.bytes().all(|b| b.is_ascii_digit()),
        None => url::Url::parse(url).is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty())),
    }
}

fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.url_schemes(HashSet::from(["http", "https", "mailto"]))
            .link_rel(Some("noopener noreferrer"))
            .add_tag_attributes("td", ["align"])
            .add_tag_attributes("th", ["align"])
            .attribute_filter(|element, attribute, value| {
                if element == "img" && attribute == "src" && !image_allowed(value) {
                    return None;
                }
                Some(Cow::Borrowed(value))
            });
        b
    })
}

/// Markdown to safe HTML.
pub fn render(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut in_dropped_image = 0usize;
    let mut events: Vec<Event<'_>> = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            // Raw HTML is text: what an editor types between angle brackets shows as typed.
            Event::Html(html) | Event::InlineHtml(html) => events.push(Event::Text(html)),
            Event::Start(Tag::Image { dest_url, .. }) if !image_allowed(&dest_url) => in_dropped_image += 1,
            // The alt text of a refused image stays as plain text.
            Event::End(TagEnd::Image) if in_dropped_image > 0 => in_dropped_image -= 1,
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = if link_allowed(&dest_url) { dest_url } else { CowStr::Borrowed("") };
                events.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    cleaner().clean(&html).to_string()
}

/// Links keep http(s), mailto and addresses on this portal (a path).
fn link_allowed(url: &str) -> bool {
    let url = url.trim();
    if url.starts_with('/') {
        return !url.starts_with("//") && !url.starts_with("/\\");
    }
    if url.starts_with('#') {
        return true;
    }
    url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https" | "mailto"))
}

/// A video that may be embedded: the player address to put in an iframe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub player: String,
    pub host: &'static str,
}

/// The hosts videos are embedded from; the page's CSP names exactly these.
pub const EMBED_HOSTS: [&str; 2] = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

fn is_video_id(id: &str, max: usize) -> bool {
    !id.is_empty() && id.len() <= max && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The player for a video link from an allowed host (YouTube, Vimeo), or
/// `None`: the link is shown as a link.
pub fn embed(video_url: &str) -> Option<Embed> {
    let url = url::Url::parse(video_url.trim()).ok().filter(|u| u.scheme() == "https")?;
    let host = url.host_str()?.trim_start_matches("www.").trim_start_matches("m.");
    let mut segments = url.path_segments()?.filter(|s| !s.is_empty());
    match host {
        "youtube.com" | "youtube-nocookie.com" => {
            let id = match segments.next()? {
                "watch" => url.query_pairs().find(|(k, _)| k == "v").map(|(_, v)| v.into_owned())?,
                "embed" | "shorts" | "live" => segments.next()?.to_string(),
                _ => return None,
            };
            is_video_id(&id, 20).then(|| Embed { player: format!("{}/embed/{id}", EMBED_HOSTS[0]), host: "youtube-nocookie.com" })
        }
        "youtu.be" => {
            let id = segments.next()?;
            is_video_id(id, 20).then(|| Embed { player: format!("{}/embed/{id}", EMBED_HOSTS[0]), host: "youtube-nocookie.com" })
        }
        "vimeo.com" | "player.vimeo.com" => {
            let first = segments.next()?;
            let id = if first == "video" { segments.next()? } else { first };
            (id.len() <= 12 && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                .then(|| Embed { player: format!("{}/video/{id}", EMBED_HOSTS[1]), host: "vimeo.com" })
        }
        _ => None,
    }
}

/// The Content-Security-Policy of pages that show lesson bodies: images
/// from this portal or https, frames from the embed hosts only.
pub fn page_csp() -> &'static str {
    static CSP: OnceLock<String> = OnceLock::new();
    CSP.get_or_init(|| {
        format!(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; \
             connect-src 'self'; frame-src {}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            EMBED_HOSTS.join(" ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders_and_script_stays_inert() {
        let html = render("# Title\n\nSome *text* and a [link](https://acme.test/docs).\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assert!(html.contains("<h1>Title</h1>") && html.contains("<em>text</em>") && html.contains("<table>"), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
        for evil in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div hx-get=\"/admin\" hx-trigger=\"load\">x</div>",
            "![x](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
        ] {
            // Typed markup may show as text; none of it may be markup: no
            // real tag carries a script, a handler, htmx or such an address.
            let lower = render(evil).to_lowercase();
            let tags: Vec<&str> = lower.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")).collect();
            for tag in tags {
                for bad in ["script", "onerror", "onload", "javascript", "hx-", "data:"] {
                    assert!(!tag.contains(bad), "{evil} → {lower}");
                }
            }
        }
    }

    #[test]
    fn images_come_only_from_lesson_files_or_https() {
        assert!(render("![diagram](/training/files/12)").contains("<img src=\"/training/files/12\" alt=\"diagram\""));
        assert!(render("![logo](https://cdn.acme.test/logo.png)").contains("<img src=\"https://cdn.acme.test/logo.png\""));
        for refused in [
            "![a](http://cdn.acme.test/x.png)",
            "![a](//evil.test/x.png)",
            "![a](/admin/users)",
            "![a](/training/files/12/../../admin)",
            "![a](/training/files/)",
            "![a](data:image/png;base64,AAAA)",
        ] {
            let html = render(refused);
            assert!(!html.contains("<img"), "{refused} → {html}");
            assert!(html.contains('a'), "the alt text stays: {html}");
        }
        assert!(!render("<img src=\"/admin/users\">").contains("<img"));
    }

    #[test]
    fn videos_embed_only_from_the_allowed_hosts() {
        let yt = embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ").unwrap();
        assert_eq!(yt.player, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assert_eq!(embed("https://youtu.be/dQw4w9WgXcQ").unwrap().player, yt.player);
        assert_eq!(embed("https://vimeo.com/76979871").unwrap().player, "https://player.vimeo.com/video/76979871");
        assert_eq!(embed("http://www.youtube.com/watch?v=dQw4w9WgXcQ"), None, "https only");
        assert_eq!(embed("https://evil.test/watch?v=x"), None);
        assert_eq!(embed("https://www.youtube.com/watch?v=a\"onload=x"), None);
        assert_eq!(embed("https://vimeo.com/abc"), None);
    }
}
