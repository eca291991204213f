//! Training: editors author courses (texts per locale, lessons, a quiz) and
//! publish them to tiers; partners of those tiers take them, pass the quiz
//! (graded on the server only) and hold certificates anyone can verify,
//! which expire, are renewed and revoked; tiers ask for certified people;
//! reports count it all. Nobody else sees any of it.

use crate::support::world::{World, world};
use crate::support::{bare_client, execute, page_csrf, post_form, scalar};

fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default()
}

/// The number after `prefix` in a redirect's location.
fn id_after(res: &reqwest::Response, prefix: &str) -> String {
    let loc = location(res);
    let rest = loc.split(prefix).nth(1).unwrap_or_else(|| panic!("{prefix} not in {loc}"));
    rest.chars().take_while(char::is_ascii_digit).collect()
}

/// The id of the tier `name`, as the course form offers it.
async fn tier_id(w: &World, name: &str) -> String {
    let page = w.admin.get(w.app.url("acme", "/admin/courses/new")).send().await.unwrap().text().await.unwrap();
    let at = page.find(&format!("> {name}</label>")).unwrap_or_else(|| panic!("no tier {name}"));
    let before = &page[..at];
    let from = before.rfind("value=\"").unwrap() + 7;
    before[from..].split('"').next().unwrap().to_string()
}

/// Adds a course (a draft) as `c`: the response.
pub async fn add_course(w: &World, c: &reqwest::Client, fields: &[(&str, &str)]) -> reqwest::Response {
    post_form(c, &w.app, "acme", "/admin/courses/new", "/admin/courses", fields).await
}

pub async fn add_lesson(w: &World, id: &str, title: &str, body: &str, video: &str) -> String {
    let res = post_form(
        &w.admin,
        &w.app,
        "acme",
        &format!("/admin/courses/{id}"),
        &format!("/admin/courses/{id}/lessons"),
        &[("locale", "en-US"), ("title", title), ("body", body), ("video_url", video)],
    )
    .await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    id_after(&res, "/lessons/")
}

/// Adds a question: options as (label, right).
pub async fn add_question(w: &World, id: &str, prompt: &str, options: &[(&str, bool)], multiple: bool) -> reqwest::Response {
    let indexes: Vec<String> = (0..options.len()).map(|i| i.to_string()).collect();
    let mut fields: Vec<(&str, &str)> = vec![("locale", "en-US"), ("prompt", prompt), ("explanation", "Because the datasheet says so.")];
    if multiple {
        fields.push(("multiple", "1"));
    }
    for (i, (label, right)) in options.iter().enumerate() {
        fields.push(("option_id", ""));
        fields.push(("option_label", label));
        if *right {
            fields.push(("option_correct", &indexes[i]));
        }
    }
    post_form(&w.admin, &w.app, "acme", &format!("/admin/courses/{id}/questions/new"), &format!("/admin/courses/{id}/questions"), &fields)
        .await
}

/// Saves the course's settings (publishing it with `status=published`).
pub async fn settings(w: &World, id: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut all: Vec<(&str, &str)> = vec![("locale", "en-US"), ("pass_mark", "100")];
    all.extend_from_slice(fields);
    post_form(&w.admin, &w.app, "acme", &format!("/admin/courses/{id}"), &format!("/admin/courses/{id}"), &all).await
}

/// A published course for every tier: two lessons, two single-answer
/// questions ("Right N" is right, "Wrong N" is not), pass mark 100.
/// `extra` settings (validity, attempts, reveal, tier) apply. (id, lessons)
pub async fn ready_course(w: &World, title: &str, extra: &[(&str, &str)]) -> (String, Vec<String>) {
    let res =
        add_course(w, &w.admin, &[("locale", "en-US"), ("title", title), ("summary", "Learn the router"), ("pass_mark", "100")]).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let id = id_after(&res, "/admin/courses/");
    let lessons = vec![
        add_lesson(w, &id, "Getting started", "# Welcome\n\nThe **router** has two ports.", "").await,
        add_lesson(w, &id, "Selling it", "Sell to *everyone*.", "https://www.youtube.com/watch?v=dQw4w9WgXcQ").await,
    ];
    for n in 1..=2 {
        let (right, wrong) = (format!("Right {n}"), format!("Wrong {n}"));
        let res = add_question(w, &id, &format!("Question {n}?"), &[(&right, true), (&wrong, false)], false).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    }
    let mut fields = vec![("status", "published")];
    fields.extend_from_slice(extra);
    let res = settings(w, &id, &fields).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    (id, lessons)
}

/// Enrols `c` and marks every lesson done.
pub async fn work_through(w: &World, c: &reqwest::Client, id: &str, lessons: &[String]) {
    let res = post_form(c, &w.app, "acme", &format!("/training/courses/{id}"), &format!("/training/courses/{id}/enrol"), &[]).await;
    assert_eq!(res.status(), 303);
    for lesson in lessons {
        let page = format!("/training/courses/{id}/lessons/{lesson}");
        assert_eq!(w.page(c, &page).await.0, 200);
        let res = post_form(c, &w.app, "acme", &page, &format!("{page}/complete"), &[]).await;
        assert_eq!(res.status(), 303);
    }
}

/// Starts (or reopens) an attempt: its id.
pub async fn start(w: &World, c: &reqwest::Client, id: &str) -> reqwest::Response {
    post_form(c, &w.app, "acme", &format!("/training/courses/{id}"), &format!("/training/courses/{id}/attempts"), &[]).await
}

/// The (field name, value) of the option labelled `label` on a quiz page.
fn option(page: &str, label: &str) -> (String, String) {
    let at = page.find(&format!("> {label}</label>")).unwrap_or_else(|| panic!("no option {label} in {page}"));
    let input = &page[page[..at].rfind("<input").unwrap()..at];
    let attr = |name: &str| input.split(&format!("{name}=\"")).nth(1).unwrap().split('"').next().unwrap().to_string();
    (attr("name"), attr("value"))
}

/// Answers the open attempt choosing the options labelled `labels`.
pub async fn answer(w: &World, c: &reqwest::Client, id: &str, attempt: &str, labels: &[&str]) -> reqwest::Response {
    let path = format!("/training/courses/{id}/attempts/{attempt}");
    let (_, page) = w.page(c, &path).await;
    let picks: Vec<(String, String)> = labels.iter().map(|l| option(&page, l)).collect();
    let fields: Vec<(&str, &str)> = picks.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    post_form(c, &w.app, "acme", &path, &path, &fields).await
}

/// Takes the quiz and passes it: the certificate's id.
pub async fn pass(w: &World, c: &reqwest::Client, id: &str) -> String {
    let res = start(w, c, id).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let attempt = id_after(&res, "/attempts/");
    let res = answer(w, c, id, &attempt, &["Right 1", "Right 2"]).await;
    assert_eq!(res.status(), 303);
    let (_, result) = w.page(c, &format!("/training/courses/{id}/attempts/{attempt}")).await;
    assert!(result.contains("You passed."), "{result}");
    let cert = result.split("href=\"/certificates/").nth(1).expect("a link to the certificate");
    cert.chars().take_while(char::is_ascii_digit).collect()
}

#[tokio::test]
async fn an_editor_builds_a_course_in_two_languages_and_publishing_tells_its_tiers_once() {
    let w = world().await;
    let app = &w.app;
    // Bad input: a message per field, nothing made.
    let bad =
        add_course(&w, &w.admin, &[("locale", "en-US"), ("title", ""), ("pass_mark", "150"), ("attempts", "x"), ("validity", "-1")]).await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(page.contains("Please fill in this field.") && page.contains("Enter a whole number from 1 to 100."), "{page}");
    assert!(page.matches("aria-invalid=\"true\"").count() >= 4, "title, pass mark, attempts and validity are marked");
    assert_eq!(scalar(app, "SELECT COUNT(*) AS n FROM courses"), 0);

    let res = add_course(&w, &w.admin, &[("locale", "en-US"), ("title", "Router basics"), ("pass_mark", "50")]).await;
    assert_eq!(res.status(), 303);
    let id = id_after(&res, "/admin/courses/");
    // Not publishable yet: no lesson.
    let refused = settings(&w, &id, &[("status", "published")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Add at least one lesson.") && page.contains("cannot be published yet"), "{page}");

    let first = add_lesson(&w, &id, "Ports", "The router has **two** ports.\n\n| a | b |\n|---|---|\n| 1 | 2 |", "").await;
    let second = add_lesson(&w, &id, "Pricing", "Price it *well*.", "https://vimeo.com/76979871").await;
    // A bad video link and an empty title.
    let bad = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/courses/{id}"),
        &format!("/admin/courses/{id}/lessons"),
        &[("locale", "en-US"), ("title", ""), ("video_url", "javascript:alert(1)")],
    )
    .await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Enter an https address"));

    // Quiz questions that cannot be taken are refused with why.
    for (options, multiple, message) in [
        (vec![("Only one", true)], false, "A question needs at least two options."),
        (vec![("A", false), ("B", false)], false, "Tick the right option."),
        (vec![("A", true), ("B", true)], false, "Only one option can be right."),
    ] {
        let res = add_question(&w, &id, "Which?", &options, multiple).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    assert_eq!(add_question(&w, &id, "How many ports?", &[("Two", true), ("Three", false)], false).await.status(), 303);
    assert_eq!(add_question(&w, &id, "Which are ports?", &[("LAN", true), ("WAN", true), ("USB-Z", false)], true).await.status(), 303);

    // The lessons move with buttons (no script needed).
    let moved = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/courses/{id}"),
        &format!("/admin/courses/{id}/lessons/{second}/move"),
        &[("direction", "up"), ("locale", "en-US")],
    )
    .await;
    assert_eq!(moved.status(), 303);
    let (_, editor) = w.page(&w.admin, &format!("/admin/courses/{id}")).await;
    assert!(editor.find(">Pricing</a>").unwrap() < editor.find(">Ports</a>").unwrap(), "Pricing moved first");

    // German: missing until written, then there.
    let (_, list) = w.page(&w.admin, "/admin/courses").await;
    assert!(list.contains("Missing in Deutsch"), "{list}");
    let de = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/courses/{id}?locale=de-DE"),
        &format!("/admin/courses/{id}/texts"),
        &[("locale", "de-DE"), ("title", "Router-Grundlagen"), ("summary", "Alles über den Router")],
    )
    .await;
    assert_eq!(de.status(), 303);
    let (_, de_page) = w.page(&w.admin, &format!("/admin/courses/{id}/lessons/{first}?locale=de-DE")).await;
    assert!(de_page.contains("is-missing"), "the lesson has no German text yet");

    // The live preview renders with the published page's renderer.
    let preview = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/courses/{id}/lessons/{first}"),
        "/admin/courses/preview",
        &[("title", "Ports"), ("body", "**bold** <script>alert(1)</script>"), ("video_url", "https://youtu.be/dQw4w9WgXcQ")],
    )
    .await;
    assert_eq!(preview.status(), 200);
    let csp = preview.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com"), "{csp}");
    let html = preview.text().await.unwrap();
    assert!(html.contains("<strong>bold</strong>") && !html.contains("<script>"), "{html}");
    assert!(html.contains("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""), "{html}");

    // Publish for Gold only: the partner users of Gold organisations are told, once.
    let gold = tier_id(&w, "Gold").await;
    let p1b = crate::support::organisation_id(app, &w.admin, "acme", "P1B").await;
    let moved = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/partners/{p1b}"),
        &format!("/admin/partners/{p1b}"),
        &[("name", "P1B"), ("tier_id", &gold), ("status", "active"), ("email_domains", "p1b.test"), ("country", "DE")],
    )
    .await;
    assert_eq!(moved.status(), 303);
    let published = settings(&w, &id, &[("status", "published"), ("tier", &gold)]).await;
    assert_eq!(published.status(), 303, "{}", published.text().await.unwrap());
    let again = settings(&w, &id, &[("status", "published"), ("tier", &gold)]).await;
    assert_eq!(again.status(), 303);
    let (_, bell) = w.page(&w.pb, "/notifications").await;
    assert_eq!(bell.matches("A new course is available: Router basics").count(), 1, "{bell}");
    app.last_mail("pb@p1b.test").await;
    let mail: Vec<_> = app.mailbox("pb@p1b.test").into_iter().filter(|m| m.subject.contains("Router basics")).collect();
    assert_eq!(mail.len(), 1, "one mail");
    assert!(mail[0].text.contains("/unsubscribe/"), "course mail can be turned off");
    let (_, not_told) = w.page(&w.pu, "/notifications").await;
    assert!(!not_told.contains("Router basics"), "P1A is not Gold");

    // Preview as a partner of a tier: who sees it, and the lessons as partners get them.
    let (status, preview) = w.page(&w.admin, &format!("/admin/courses/{id}/preview?tier={gold}&locale=de-DE")).await;
    assert_eq!(status, 200);
    assert!(preview.contains("Partners of Gold see this course.") && preview.contains("Router-Grundlagen"), "{preview}");
    assert!(preview.contains("<strong>two</strong>") && preview.contains("<table>"), "{preview}");
    assert!(preview.contains("https://player.vimeo.com/video/76979871"), "the Vimeo video embeds");
}

#[tokio::test]
async fn a_partner_takes_a_course_passes_the_quiz_and_holds_a_certificate_anyone_can_verify() {
    let w = world().await;
    let app = &w.app;
    let (id, lessons) = ready_course(&w, "Router basics", &[("validity", "24"), ("attempts", "3")]).await;
    let (status, catalogue) = w.page(&w.pu, "/training").await;
    assert_eq!(status, 200);
    assert!(catalogue.contains("Router basics") && catalogue.contains("Not started"), "{catalogue}");

    // The quiz waits for the lessons.
    let res = post_form(&w.pu, app, "acme", &format!("/training/courses/{id}"), &format!("/training/courses/{id}/enrol"), &[]).await;
    assert_eq!(location(&res), format!("/training/courses/{id}/lessons/{}", lessons[0]));
    let early = start(&w, &w.pu, &id).await;
    assert_eq!(early.status(), 409);
    assert!(early.text().await.unwrap().contains("Finish every lesson to take the quiz."));
    // A lesson page: rendered Markdown, the embedded video under a CSP for its host, next and previous.
    let lesson = w.pu.get(app.url("acme", &format!("/training/courses/{id}/lessons/{}", lessons[1]))).send().await.unwrap();
    let csp = lesson.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("frame-src https://www.youtube-nocookie.com") && csp.contains("img-src 'self' data: https:"), "{csp}");
    let html = lesson.text().await.unwrap();
    assert!(html.contains("<em>everyone</em>") && html.contains("youtube-nocookie.com/embed/dQw4w9WgXcQ"), "{html}");
    assert!(html.contains("Lesson 2 of 2") && html.contains("rel=\"prev\""), "{html}");
    // Resume where left: the course page offers the last lesson opened.
    let (_, course) = w.page(&w.pu, &format!("/training/courses/{id}")).await;
    assert!(
        course.contains(&format!("/training/courses/{id}/lessons/{}\">Resume", lessons[1])) || course.contains("Resume where you left off"),
        "{course}"
    );
    work_through(&w, &w.pu, &id, &lessons).await;
    let (_, course) = w.page(&w.pu, &format!("/training/courses/{id}")).await;
    assert!(course.contains("value=\"66\""), "two lessons of three steps: {course}");

    // An attempt: its form carries no sign of which answers are right.
    let res = start(&w, &w.pu, &id).await;
    assert_eq!(res.status(), 303);
    let attempt = id_after(&res, "/attempts/");
    let (_, form) = w.page(&w.pu, &format!("/training/courses/{id}/attempts/{attempt}")).await;
    let right = option(&form, "Right 1").1;
    let wrong = option(&form, "Wrong 1").1;
    assert!(!form.contains("correct") && !form.contains("Right answer") && !form.contains("Because the datasheet"), "{form}");
    assert!(!form.contains(&format!("{right}\" checked")) && !form.contains(&format!("{wrong}\" checked")));
    // Reopening the quiz goes back to the same open attempt.
    assert_eq!(id_after(&start(&w, &w.pu, &id).await, "/attempts/"), attempt);

    // Half right: failed; which question was wrong is said, not the right answer.
    let failed = answer(&w, &w.pu, &id, &attempt, &["Right 1", "Wrong 2"]).await;
    assert_eq!(failed.status(), 303);
    let (_, result) = w.page(&w.pu, &format!("/training/courses/{id}/attempts/{attempt}")).await;
    assert!(result.contains("You did not pass this time.") && result.contains("You scored 50 %"), "{result}");
    assert!(result.contains("The right answers are shown once you pass"), "{result}");
    assert!(!result.contains("Right 2") && !result.contains("Because the datasheet"), "the right answer stays hidden: {result}");
    // Sending it again changes nothing.
    let twice = answer_raw(&w, &w.pu, &id, &attempt, &[]).await;
    assert_eq!(twice.status(), 409);
    assert!(twice.text().await.unwrap().contains("submitted already"));

    let cert = pass(&w, &w.pu, &id).await;
    let (_, result) = w.page(&w.pu, &format!("/training/courses/{id}")).await;
    assert!(result.contains("Certified") && result.contains("value=\"100\""), "{result}");
    // The certificate: holder, course, dates, a QR code of its public address.
    let (status, page) = w.page(&w.pu, &format!("/certificates/{cert}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("pu@p1a.test") && page.contains("Router basics") && page.contains("<svg"), "{page}");
    let verify = page.split("href=\"").find(|s| s.contains("/verify/")).unwrap().split('"').next().unwrap().to_string();
    let public_id = verify.rsplit('/').next().unwrap().to_string();
    assert_eq!(public_id.len(), 22, "128 random bits");
    let today = portico::db::now().date();
    let expiry = today.checked_add_months(chrono::Months::new(24)).unwrap();
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM certificates WHERE expires_on = '{expiry}' AND issued_on = '{today}'")), 1);

    // Anyone may verify it, and learns nothing more than it says.
    let anon = bare_client().get(&verify).send().await.unwrap();
    assert_eq!(anon.status(), 200);
    assert_eq!(anon.headers()["x-robots-tag"], "noindex");
    let public = anon.text().await.unwrap();
    assert!(public.contains("This certificate is valid.") && public.contains("Router basics") && public.contains("ACME"), "{public}");
    assert!(!public.contains("P1A"), "no organisation unless the tenant allows it: {public}");
    let shown =
        post_form(&w.admin, app, "acme", "/admin/certification", "/admin/certification/settings", &[("show_organisation", "1")]).await;
    assert_eq!(shown.status(), 422, "grace periods are required");
    let tiers_page = w.admin.get(app.url("acme", "/admin/certification")).send().await.unwrap().text().await.unwrap();
    let graces: Vec<String> =
        tiers_page.split("name=\"grace_").skip(1).map(|s| format!("grace_{}", s.split('"').next().unwrap())).collect();
    let mut fields: Vec<(&str, &str)> = graces.iter().map(|g| (g.as_str(), "30")).collect();
    fields.push(("show_organisation", "1"));
    assert_eq!(post_form(&w.admin, app, "acme", "/admin/certification", "/admin/certification/settings", &fields).await.status(), 303);
    let public = bare_client().get(&verify).send().await.unwrap().text().await.unwrap();
    assert!(public.contains("P1A"), "now named: {public}");
    // A made-up or another tenant's address finds nothing.
    assert_eq!(bare_client().get(app.url("acme", "/verify/AAAAAAAAAAAAAAAAAAAAAA")).send().await.unwrap().status(), 404);
    assert_eq!(bare_client().get(app.url("globex", &format!("/verify/{public_id}"))).send().await.unwrap().status(), 404);

    // Revoked by vendor staff with a reason: everywhere, at once.
    let no_reason = post_form(&w.cm, app, "acme", &format!("/certificates/{cert}"), &format!("/certificates/{cert}/revoke"), &[]).await;
    assert_eq!(no_reason.status(), 422);
    let revoked = post_form(
        &w.cm,
        app,
        "acme",
        &format!("/certificates/{cert}"),
        &format!("/certificates/{cert}/revoke"),
        &[("reason", "Issued by mistake")],
    )
    .await;
    assert_eq!(revoked.status(), 303);
    let public = bare_client().get(&verify).send().await.unwrap().text().await.unwrap();
    assert!(public.contains("This certificate was revoked.") && !public.contains("Issued by mistake"), "{public}");
    let (_, own) = w.page(&w.pu, &format!("/certificates/{cert}")).await;
    assert!(own.contains("Reason: Issued by mistake"), "the holder is told why");
    assert_eq!(
        scalar(app, &format!("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'certificate.revoked' AND target_id = '{cert}'")),
        1
    );
}

/// Posts answers to an attempt exactly as given (field name, value).
async fn answer_raw(w: &World, c: &reqwest::Client, id: &str, attempt: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let path = format!("/training/courses/{id}/attempts/{attempt}");
    post_form(c, &w.app, "acme", &format!("/training/courses/{id}"), &path, fields).await
}

#[tokio::test]
async fn forged_duplicate_and_surplus_attempts_are_refused_with_a_message() {
    let w = world().await;
    let (id, lessons) = ready_course(&w, "Router basics", &[("attempts", "1")]).await;
    let (other, other_lessons) = ready_course(&w, "Switch basics", &[]).await;
    work_through(&w, &w.pu, &id, &lessons).await;
    work_through(&w, &w.pu, &other, &other_lessons).await;
    let attempt = id_after(&start(&w, &w.pu, &id).await, "/attempts/");
    let other_attempt = id_after(&start(&w, &w.pu, &other).await, "/attempts/");
    let (_, other_form) = w.page(&w.pu, &format!("/training/courses/{other}/attempts/{other_attempt}")).await;
    let (foreign_q, foreign_o) = option(&other_form, "Right 1");
    let (_, form) = w.page(&w.pu, &format!("/training/courses/{id}/attempts/{attempt}")).await;
    let (q1, right1) = option(&form, "Right 1");
    let (q2, right2) = option(&form, "Right 2");
    let (_, wrong2) = option(&form, "Wrong 2");

    // Answers of another course's quiz, an option of another question, a stray field.
    for fields in [
        vec![(q1.as_str(), right1.as_str()), (foreign_q.as_str(), foreign_o.as_str())],
        vec![(q1.as_str(), right2.as_str()), (q2.as_str(), right2.as_str())],
        vec![(q1.as_str(), right1.as_str()), (q2.as_str(), right2.as_str()), ("score", "100")],
        vec![(q1.as_str(), "not-a-number"), (q2.as_str(), right2.as_str())],
    ] {
        let res = answer_raw(&w, &w.pu, &id, &attempt, &fields).await;
        assert_eq!(res.status(), 422, "{fields:?}");
        assert!(res.text().await.unwrap().contains("These answers do not belong to this quiz."), "{fields:?}");
    }
    // Missing and doubled answers: a message on each question, the choices kept.
    let res = answer_raw(&w, &w.pu, &id, &attempt, &[(&q1, &right1)]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("One question has no answer yet.") && page.contains("Answer this question."), "{page}");
    assert!(page.contains(&format!("value=\"{right1}\" checked")), "kept: {page}");
    let res = answer_raw(&w, &w.pu, &id, &attempt, &[(&q1, &right1), (&q2, &right2), (&q2, &wrong2)]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Choose only one answer here."));
    assert_eq!(scalar(&w.app, &format!("SELECT COUNT(*) AS n FROM attempt_answers WHERE attempt_id = {attempt}")), 0, "nothing recorded");

    // Another course's attempt id under this course, and another person's attempt: 404.
    assert_eq!(w.page(&w.pu, &format!("/training/courses/{id}/attempts/{other_attempt}")).await.0, 404);
    work_through(&w, &w.pa, &id, &lessons).await;
    assert_eq!(w.page(&w.pa, &format!("/training/courses/{id}/attempts/{attempt}")).await.0, 404);
    let theirs = answer_raw(&w, &w.pa, &id, &attempt, &[(&q1, &right1), (&q2, &right2)]).await;
    assert_eq!(theirs.status(), 404);

    // The one attempt allowed, failed; a second may not start, by button or by hand.
    assert_eq!(answer_raw(&w, &w.pu, &id, &attempt, &[(&q1, &right1), (&q2, &wrong2)]).await.status(), 303);
    let again = answer_raw(&w, &w.pu, &id, &attempt, &[(&q1, &right1), (&q2, &right2)]).await;
    assert_eq!(again.status(), 409, "a replay of the form counts for nothing");
    let (_, result) = w.page(&w.pu, &format!("/training/courses/{id}/attempts/{attempt}")).await;
    assert!(result.contains("You scored 50 %") && result.contains("Right 2"), "no attempt left: the right answers are shown");
    let surplus = start(&w, &w.pu, &id).await;
    assert_eq!(surplus.status(), 409);
    assert!(surplus.text().await.unwrap().contains("You have no attempt left"));
    assert_eq!(scalar(&w.app, &format!("SELECT COUNT(*) AS n FROM certificates WHERE course_id = {id}")), 0);
}

#[tokio::test]
async fn courses_lessons_attempts_and_certificates_are_404_from_another_tenant_partner_or_tier() {
    let w = world().await;
    let app = &w.app;
    let (open_id, lessons) = ready_course(&w, "Open to all", &[]).await;
    let cert = {
        work_through(&w, &w.pu, &open_id, &lessons).await;
        pass(&w, &w.pu, &open_id).await
    };
    // A course for Gold only (P1A is not Gold), with a file.
    let gold = tier_id(&w, "Gold").await;
    let (gold_id, gold_lessons) = ready_course(&w, "Gold secrets", &[("tier", gold.as_str())]).await;
    let file = upload(
        &w,
        &format!("/admin/courses/{gold_id}/lessons/{}/files", gold_lessons[0]),
        "sheet.pdf",
        portico::storage::samples::one_page_pdf("Secret"),
    )
    .await;
    assert_eq!(file.status(), 303);
    let file_id = scalar(app, "SELECT MAX(id) AS n FROM lesson_files");
    let attempt = scalar(app, "SELECT MAX(id) AS n FROM quiz_attempts");
    let (_, catalogue) = w.page(&w.pu, "/training").await;
    assert!(catalogue.contains("Open to all") && !catalogue.contains("Gold secrets"));
    for path in [
        format!("/training/courses/{gold_id}"),
        format!("/training/courses/{gold_id}/lessons/{}", gold_lessons[0]),
        format!("/training/courses/{gold_id}/cover"),
        format!("/training/files/{file_id}"),
    ] {
        assert_eq!(w.page(&w.pu, &path).await.0, 404, "a lower tier by URL: {path}");
    }
    assert_eq!(post_form(&w.pu, app, "acme", "/training", &format!("/training/courses/{gold_id}/enrol"), &[]).await.status(), 404);
    // The editor sees the file; so would Gold partners.
    assert_eq!(w.admin.get(app.url("acme", &format!("/training/files/{file_id}"))).send().await.unwrap().status(), 200);

    // Another partner: not P1A's attempt, certificate or credential.
    for path in [
        format!("/training/courses/{open_id}/attempts/{attempt}"),
        format!("/certificates/{cert}"),
        format!("/certificates/{cert}/credential.jwt"),
    ] {
        assert_eq!(w.page(&w.pb, &path).await.0, 404, "another partner: {path}");
    }
    // The holder's partner admin may see it (their organisation's), a colleague may not.
    assert_eq!(w.page(&w.pa, &format!("/certificates/{cert}")).await.0, 200);
    // Another tenant: its people are sent to sign in here, and its own host has none of it.
    assert_eq!(w.foreign.get(app.url("acme", &format!("/certificates/{cert}"))).send().await.unwrap().status(), 303);
    for path in [format!("/admin/courses/{open_id}"), format!("/certificates/{cert}"), format!("/training/files/{file_id}")] {
        let status = w.foreign.get(app.url("globex", &path)).send().await.unwrap().status();
        assert!(status == 404 || status == 403, "globex {path}: {status}");
    }
    // Partners have no editor's pages; staff no catalogue of their own.
    assert_eq!(w.page(&w.pa, &format!("/admin/courses/{open_id}")).await.0, 403);
    assert_eq!(w.page(&w.cm, "/training").await.0, 403);
    // The JWKS and status list of a tenant are its own; nobody anonymous makes a key.
    let keys = |slug: &'static str| {
        let url = app.url(slug, "/.well-known/jwks.json");
        async move { bare_client().get(url).send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    assert_eq!(keys("globex").await["keys"], serde_json::json!([]), "no credential signed, no key made");
    assert_eq!(bare_client().get(app.url("globex", "/credentials/status/revocation")).send().await.unwrap().status(), 404);
    assert_eq!(w.pu.get(app.url("acme", &format!("/certificates/{cert}/credential.jwt"))).send().await.unwrap().status(), 200);
    let acme_keys = keys("acme").await;
    assert_eq!(acme_keys["keys"].as_array().unwrap().len(), 1);
    assert!(acme_keys["keys"][0].get("d").is_none() && acme_keys["keys"][0]["kty"] == "RSA", "never the private half");
    assert_eq!(keys("globex").await["keys"], serde_json::json!([]), "acme's key is acme's");
}

/// Uploads `name` to `action` as the admin (the CSRF token as the form's first field).
async fn upload(w: &World, action: &str, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let page = action.trim_end_matches("/cover").trim_end_matches("/files").to_string();
    let csrf = page_csrf(&w.admin, &w.app.url("acme", &page)).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .text("locale", "en-US")
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
    w.admin.post(w.app.url("acme", action)).multipart(form).send().await.unwrap()
}

#[tokio::test]
async fn script_in_lessons_quizzes_and_titles_stays_inert_and_files_are_checked() {
    let w = world().await;
    let app = &w.app;
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let res = add_course(&w, &w.admin, &[("locale", "en-US"), ("title", evil), ("summary", evil), ("pass_mark", "50")]).await;
    let id = id_after(&res, "/admin/courses/");
    let body = "[x](javascript:alert(3)) ![y](javascript:alert(4)) ![z](http://evil.test/i.png) ![w](/admin/users) <div hx-get=\"/admin\" hx-trigger=\"load\">h</div> <a href=\"#\" onclick=\"alert(5)\">o</a>";
    let lesson = add_lesson(&w, &id, evil, body, "").await;
    assert_eq!(add_question(&w, &id, evil, &[(evil, true), ("Fine", false)], false).await.status(), 303);
    assert_eq!(settings(&w, &id, &[("status", "published")]).await.status(), 303);
    work_through(&w, &w.pu, &id, std::slice::from_ref(&lesson)).await;
    let attempt = id_after(&start(&w, &w.pu, &id).await, "/attempts/");
    let pages = [
        (&w.admin, format!("/admin/courses/{id}")),
        (&w.admin, format!("/admin/courses/{id}/lessons/{lesson}")),
        (&w.admin, format!("/admin/courses/{id}/preview")),
        (&w.admin, "/admin/courses".to_string()),
        (&w.pu, "/training".to_string()),
        (&w.pu, format!("/training/courses/{id}")),
        (&w.pu, format!("/training/courses/{id}/lessons/{lesson}")),
        (&w.pu, format!("/training/courses/{id}/attempts/{attempt}")),
    ];
    for (c, path) in pages {
        let (status, html) = w.page(c, &path).await;
        assert_eq!(status, 200, "{path}");
        // What was typed shows as text; none of it is markup.
        let lower = html.to_lowercase();
        for tag in [
            "<script>alert",
            "<img src=x",
            "<div hx-get",
            "<a href=\"#\" onclick",
            "href=\"javascript:",
            "src=\"javascript:",
            "src=\"/admin/users\"",
            "src=\"http://evil.test",
        ] {
            assert!(!lower.contains(tag), "{path}: {tag} in {html}");
        }
    }

    // A published course keeps its last lesson.
    let last = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/courses/{id}"),
        &format!("/admin/courses/{id}/lessons/{lesson}/delete"),
        &[("locale", "en-US")],
    )
    .await;
    assert_eq!(last.status(), 409);
    assert!(last.text().await.unwrap().contains("keeps at least one lesson"));

    // Files: an image for the cover, a PDF for the lesson; anything else refused with a message.
    let cover = upload(&w, &format!("/admin/courses/{id}/cover"), "cover.png", crate::storage::png(640, 360)).await;
    assert_eq!(cover.status(), 303, "{}", cover.text().await.unwrap());
    let svg = upload(&w, &format!("/admin/courses/{id}/cover"), "x.svg", b"<svg onload=alert(1)></svg>".to_vec()).await;
    assert_eq!(svg.status(), 422);
    let html = upload(&w, &format!("/admin/courses/{id}/lessons/{lesson}/files"), "x.pdf", b"<html><script>1</script>".to_vec()).await;
    assert_eq!(html.status(), 422);
    assert!(html.text().await.unwrap().contains("This kind of file is not accepted here."));
    let served = w.pu.get(app.url("acme", &format!("/training/courses/{id}/cover"))).send().await.unwrap();
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    // The CSRF token travels as the upload's first field, never in the address; without it: 403.
    let bare =
        reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(crate::storage::png(10, 10)).file_name("a.png"));
    assert_eq!(w.admin.post(app.url("acme", &format!("/admin/courses/{id}/cover"))).multipart(bare).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn certificates_expire_are_reminded_renewed_with_their_chain_and_counted_against_tier_requirements() {
    let w = world().await;
    let app = &w.app;
    let (id, lessons) = ready_course(&w, "Router basics", &[("validity", "12")]).await;
    work_through(&w, &w.pu, &id, &lessons).await;
    let first = pass(&w, &w.pu, &id).await;
    // Gold (P1A's tier for this test) asks for one certified person.
    let gold = tier_id(&w, "Gold").await;
    let p1a = crate::support::organisation_id(app, &w.admin, "acme", "P1A").await;
    let moved = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/partners/{p1a}"),
        &format!("/admin/partners/{p1a}"),
        &[("name", "P1A"), ("tier_id", &gold), ("status", "active"), ("email_domains", "p1a.test"), ("country", "DE")],
    )
    .await;
    assert_eq!(moved.status(), 303);
    let bad = post_form(
        &w.admin,
        app,
        "acme",
        "/admin/certification",
        "/admin/certification/requirements",
        &[("tier", &gold), ("course", &id), ("people", "0")],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let req = post_form(
        &w.admin,
        app,
        "acme",
        "/admin/certification",
        "/admin/certification/requirements",
        &[("tier", &gold), ("course", &id), ("people", "1")],
    )
    .await;
    assert_eq!(req.status(), 303);
    let (_, org) = w.page(&w.pa, "/organisation").await;
    assert!(org.contains("Certification your tier asks for") && org.contains("is-met"), "{org}");

    // Twenty days before expiry: expiring, reminded once; the organisation is at risk.
    let soon = portico::db::now().date() + chrono::Duration::days(20);
    execute(app, &format!("UPDATE certificates SET expires_on = '{soon}' WHERE id = {first}"));
    app.cli_ok(&["jobs", "run"]);
    app.cli_ok(&["jobs", "run"]);
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert_eq!(bell.matches("Your certificate for Router basics expires").count(), 1, "{bell}");
    let (_, org) = w.page(&w.pa, "/organisation").await;
    assert!(org.contains("is-at_risk"), "{org}");
    let (_, risk) = w.page(&w.cm, "/admin/certification").await;
    assert!(risk.contains("P1A") && risk.contains("At risk"), "{risk}");
    let (_, catalogue) = w.page(&w.pu, "/training?status=expiring").await;
    assert!(catalogue.contains("Router basics"), "filter by expiring");
    // Six days: the 7-day reminder. Expired: the last one.
    let six = portico::db::now().date() + chrono::Duration::days(6);
    execute(app, &format!("UPDATE certificates SET expires_on = '{six}' WHERE id = {first}"));
    app.cli_ok(&["jobs", "run"]);
    let past = portico::db::now().date() - chrono::Duration::days(1);
    execute(app, &format!("UPDATE certificates SET expires_on = '{past}' WHERE id = {first}"));
    app.cli_ok(&["jobs", "run"]);
    app.cli_ok(&["jobs", "run"]);
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert_eq!(bell.matches("Your certificate for Router basics expires").count(), 2, "{bell}");
    assert_eq!(bell.matches("Your certificate for Router basics expired").count(), 1, "{bell}");
    assert!(app.last_mail("pu@p1a.test").await.subject.contains("expired"), "reminders go by mail too");
    let (_, org) = w.page(&w.pa, "/organisation").await;
    assert!(org.contains("is-unmet"), "{org}");
    let (_, page) = w.page(&w.pu, &format!("/certificates/{first}")).await;
    assert!(page.contains("This certificate has expired."), "{page}");

    // Taking it again renews it: the chain is kept both ways.
    let renew = post_form(&w.pu, app, "acme", &format!("/training/courses/{id}"), &format!("/training/courses/{id}/renew"), &[]).await;
    assert_eq!(renew.status(), 303);
    // A second renewal before finishing the first gives no fresh attempts.
    let again = post_form(&w.pu, app, "acme", &format!("/training/courses/{id}"), &format!("/training/courses/{id}/renew"), &[]).await;
    assert_eq!(again.status(), 409);
    assert!(again.text().await.unwrap().contains("Renewal started"));
    let second = pass(&w, &w.pu, &id).await;
    assert_ne!(first, second);
    let (_, old) = w.page(&w.pu, &format!("/certificates/{first}")).await;
    assert!(old.contains("This certificate was renewed") && old.contains(&format!("href=\"/certificates/{second}\"")), "{old}");
    let (_, new) = w.page(&w.pu, &format!("/certificates/{second}")).await;
    assert!(new.contains(&format!("href=\"/certificates/{first}\"")) && new.contains("Active"), "{new}");
    let (_, org) = w.page(&w.pa, "/organisation").await;
    assert!(org.contains("is-met"), "{org}");
    // A renewed certificate is not reminded.
    execute(app, &format!("UPDATE certificates SET reminder_stage = 0 WHERE id = {first}"));
    app.cli_ok(&["jobs", "run"]);
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert_eq!(bell.matches("Your certificate for Router basics expired").count(), 1);
}

#[tokio::test]
async fn reports_count_per_course_organisation_and_person_and_a_partner_admin_sees_only_their_own() {
    let w = world().await;
    let app = &w.app;
    let (id, lessons) = ready_course(&w, "=cmd|' /C calc'!A0", &[]).await;
    work_through(&w, &w.pu, &id, &lessons).await;
    pass(&w, &w.pu, &id).await;
    work_through(&w, &w.pb, &id, &lessons[..1]).await;
    let (_, by_course) = w.page(&w.cm, "/training/reports").await;
    assert!(by_course.contains("<td>2</td>"), "two enrolled: {by_course}");
    let (_, by_org) = w.page(&w.admin, "/training/reports?view=organisations").await;
    assert!(by_org.contains("P1A") && by_org.contains("P1B"), "{by_org}");
    let (_, people) = w.page(&w.admin, "/training/reports?view=people&status=certified").await;
    assert!(people.contains("pu@p1a.test") && !people.contains("pb@p1b.test"), "{people}");
    let (_, search) = w.page(&w.admin, "/training/reports?view=people&q=pb%40").await;
    assert!(search.contains("pb@p1b.test") && !search.contains("pu@p1a.test"), "{search}");
    // CSV: a byte-order mark, formula-like cells neutralised.
    let csv = w.admin.get(app.url("acme", "/training/reports.csv?view=people")).send().await.unwrap().bytes().await.unwrap();
    assert!(csv.starts_with(b"\xef\xbb\xbf"), "UTF-8 byte-order mark");
    let csv = String::from_utf8(csv.to_vec()).unwrap();
    assert!(csv.contains("'=cmd|") && !csv.contains(",=cmd"), "{csv}");
    // A partner admin: only their organisation.
    let (status, own) = w.page(&w.pb, "/training/reports?view=people").await;
    assert_eq!(status, 200);
    assert!(own.contains("pb@p1b.test") && !own.contains("pu@p1a.test") && !own.contains("P1A"), "{own}");
    let theirs = w.pb.get(app.url("acme", "/training/reports.csv?view=people")).send().await.unwrap().text().await.unwrap();
    assert!(!theirs.contains("pu@p1a.test"), "{theirs}");
    let p1a = crate::support::organisation_id(app, &w.admin, "acme", "P1A").await;
    let (_, forged) = w.page(&w.pb, &format!("/training/reports?view=people&organisation={p1a}")).await;
    assert!(!forged.contains("pu@p1a.test"), "another organisation's filter gives nothing");
    // Nor does a partner admin learn of the vendor's drafts through the filters.
    assert_eq!(add_course(&w, &w.admin, &[("locale", "en-US"), ("title", "Secret roadmap"), ("pass_mark", "80")]).await.status(), 303);
    let (_, own) = w.page(&w.pb, "/training/reports").await;
    assert!(!own.contains("Secret roadmap"), "{own}");
    let (_, staff) = w.page(&w.admin, "/training/reports").await;
    assert!(staff.contains("Secret roadmap"), "staff filter by every course");
    // A partner user has no reports.
    assert_eq!(w.page(&w.pu, "/training/reports").await.0, 403);
    // Pages of 50 with a cursor.
    let (_, first_page) = w.page(&w.admin, "/training/reports?view=people").await;
    assert!(!first_page.contains("after="), "two rows fit one page");
}

#[tokio::test]
async fn a_downloaded_credential_verifies_with_an_independent_jwt_library_and_fails_once_revoked() {
    let w = world().await;
    let app = &w.app;
    let (id, lessons) = ready_course(&w, "Router basics", &[("validity", "24")]).await;
    work_through(&w, &w.pu, &id, &lessons).await;
    let cert = pass(&w, &w.pu, &id).await;
    let res = w.pu.get(app.url("acme", &format!("/certificates/{cert}/credential.jwt"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/vc+jwt");
    let token = res.text().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("credential.jwt");
    std::fs::write(&file, &token).unwrap();
    let check = {
        let file = file.clone();
        move || {
            let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/venv/bin/python");
            assert!(python.exists(), "{} is missing: run scripts/test (it installs tests/peers/requirements.txt)", python.display());
            let out = std::process::Command::new(python)
                .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/credential_check.py"))
                .arg(&file)
                .output()
                .expect("run the credential check");
            (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
        }
    };
    let (ok, said) = tokio::task::spawn_blocking(check.clone()).await.unwrap();
    assert!(ok && said.starts_with("VALID"), "{said}");
    let email_identifier = said.split("emailAddress").next().unwrap_or_default();
    assert!(said.contains("Router basics") && email_identifier.contains("\"identityHash\": \"sha256$"), "the e-mail only hashed: {said}");
    // One changed character of the payload: the signature no longer holds.
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let mut payload: serde_json::Value =
        serde_json::from_slice(&base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &parts[1]).unwrap()).unwrap();
    payload["name"] = serde_json::Value::String("Router expert".into());
    parts[1] = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload.to_string());
    std::fs::write(&file, parts.join(".")).unwrap();
    let (ok, said) = tokio::task::spawn_blocking(check.clone()).await.unwrap();
    assert!(!ok && said.starts_with("INVALID signature"), "{said}");
    // Revoked: the same credential, untouched, now fails its status check.
    std::fs::write(&file, &token).unwrap();
    let revoked =
        post_form(&w.admin, app, "acme", &format!("/certificates/{cert}"), &format!("/certificates/{cert}/revoke"), &[("reason", "Fraud")])
            .await;
    assert_eq!(revoked.status(), 303);
    let (ok, said) = tokio::task::spawn_blocking(check).await.unwrap();
    assert!(!ok && said.starts_with("REVOKED"), "{said}");
}

#[tokio::test]
async fn the_demo_has_three_courses_in_five_languages_and_certificates_in_every_status() {
    let app = crate::support::spawn_app().await;
    let out = app.cli_ok(&["demo"]);
    assert!(out.contains("Training:      3 courses"), "{out}");
    let again = app.cli_ok(&["demo"]);
    assert!(!again.contains("Training:"), "a second run adds nothing: {again}");
    let (email, password) = crate::support::DEMO_ACCOUNTS[4];
    let partner = app.sign_in("demo", email, password).await;
    for (lang, title) in
        [("en-US", "Northwind Edge Router: certified sales"), ("de-DE", "Northwind Edge Router"), ("ja-JP", "Northwind Edge Router")]
    {
        let page = partner.get(app.url("demo", "/training")).header("accept-language", lang).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(title) && page.contains(&format!("lang=\"{lang}\"")), "{lang}: {page}");
    }
    let page = partner.get(app.url("demo", "/training")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Certified") && page.contains("Expiring") && page.contains("In progress"), "{page}");
    // Every status a certificate can have, among the demo's people.
    let (admin_email, admin_password) = crate::support::DEMO_ACCOUNTS[0];
    let admin = app.sign_in("demo", admin_email, admin_password).await;
    let people = admin.get(app.url("demo", "/training/reports?view=people")).send().await.unwrap().text().await.unwrap();
    for status in ["is-certified", "is-expiring", "is-expired", "is-completed", "is-in_progress"] {
        assert!(people.contains(status), "{status}: {people}");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) AS n FROM certificates WHERE revoked_at IS NOT NULL"), 1);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) AS n FROM certificates c WHERE EXISTS (SELECT 1 FROM certificates r WHERE r.renews_id = c.id)"),
        1
    );
    // Contoso (Gold) is at risk: one of its two certified people expires soon.
    let (pa_email, pa_password) = crate::support::DEMO_ACCOUNTS[3];
    let partner_admin = app.sign_in("demo", pa_email, pa_password).await;
    let org = partner_admin.get(app.url("demo", "/organisation")).send().await.unwrap().text().await.unwrap();
    assert!(org.contains("is-at_risk"), "{org}");
    // The lessons in Japanese, with their tables.
    let at = page.find(">Northwind Edge Router: certified sales</a>").expect("the Edge Router course is listed");
    let course = page[..at].rsplit("href=\"/training/courses/").next().unwrap().split('"').next().unwrap().to_string();
    let course_page = partner.get(app.url("demo", &format!("/training/courses/{course}"))).send().await.unwrap().text().await.unwrap();
    let lesson =
        course_page.split(&format!("href=\"/training/courses/{course}/lessons/")).nth(1).unwrap().split('"').next().unwrap().to_string();
    let ja = partner
        .get(app.url("demo", &format!("/training/courses/{course}/lessons/{lesson}")))
        .header("accept-language", "ja-JP")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ja.contains("<table>") && ja.contains("<html lang=\"ja-JP\">"), "{ja}");
}
