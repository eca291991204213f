//! Health, readiness and metrics.

use crate::support::spawn_app;

#[tokio::test]
async fn probes_answer_on_any_host() {
    let app = spawn_app().await;
    for host in [format!("localhost:{}", app.port), "10.1.2.3".to_string(), "anything.example".to_string()] {
        let (status, text) = app.raw_get(&host, "/healthz", "").await;
        assert_eq!(status, 200, "{host}");
        assert!(text.ends_with("ok\n"));
        let (status, text) = app.raw_get(&host, "/readyz", "").await;
        assert_eq!(status, 200, "{host}");
        assert!(text.ends_with("ready\n"));
    }
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_only() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    app.get("acme", "/").await;
    app.get("acme", "/unique-marker-path-4711").await;
    let res = app.client.get(app.platform_url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = res.text().await.unwrap();
    assert!(text.contains(r#"portico_http_requests_total{method="GET",route="/",status="200"}"#), "{text}");
    assert!(text.contains(r#"route="<unmatched>",status="404""#));
    assert!(text.contains("portico_http_request_duration_seconds_bucket"));
    assert!(!text.contains("unique-marker-path-4711"), "no unbounded labels");
}
