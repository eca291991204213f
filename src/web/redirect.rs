//! Redirects after a form: `303 See Other` to a path on this host, with an
//! optional one-shot flash message. The handler names the message; the
//! `finish` middleware signs it into the cookie, so no handler needs the
//! server secret. `safe_return_path` keeps a return path on this host.

use actix_web::HttpResponse;
use actix_web::http::header;

use super::flash::Flash;

/// A flash message waiting for `finish` to sign it into the response.
#[derive(Debug, Clone)]
pub struct PendingFlash(pub Flash);

/// 303 to `to`, showing `flash` on the next page.
pub fn see_other(to: &str, flash: Flash) -> HttpResponse {
    let mut res = redirect(to);
    res.extensions_mut().insert(PendingFlash(flash));
    res
}

/// 303 to `to`, without a message.
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, to.to_string())).finish()
}

/// Only a path on this host: `/x`, never `//evil`, `/\evil` or `https://…`.
pub fn safe_return_path(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 2_048
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if ok { next } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_this_host() {
        assert_eq!(safe_return_path("/deals?x=1"), "/deals?x=1");
        for bad in ["//evil.test", "/\\evil.test", "https://evil.test", "javascript:alert(1)", "", "/a\r\nb", "evil"] {
            assert_eq!(safe_return_path(bad), "/", "{bad:?}");
        }
    }

    #[test]
    fn a_flash_waits_on_the_response_until_finish_signs_it() {
        let res = see_other("/admin", Flash::success("form-saved"));
        assert_eq!(res.status(), actix_web::http::StatusCode::SEE_OTHER);
        assert_eq!(res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()), Some("/admin"));
        assert_eq!(res.extensions().get::<PendingFlash>().map(|p| p.0.message_id.as_str()), Some("form-saved"));
    }
}
