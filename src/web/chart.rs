//! Server-rendered bar charts: one builder for every chart of the portal
//! (deal analytics, campaign numbers), drawn by `partials/chart.html` as SVG
//! with a text summary; pages show the same numbers in a table beside it.

use crate::web::ctx::PageCtx;

/// Height of one bar's row, in SVG units.
pub const BAR_HEIGHT: f64 = 28.0;

pub struct Bar {
    pub label: String,
    pub count: i64,
    pub count_text: String,
    /// A second figure for the table (a value per currency), or empty.
    pub value_text: String,
    /// Width of the bar, 0–100.
    pub width: f64,
    pub y: f64,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub summary: String,
    pub bars: Vec<Bar>,
    pub height: f64,
}

/// A chart of `(label, count, second figure)` rows; bars are scaled to the
/// largest count. The summary for screen readers lists "label: n, …", after
/// `total` (a message taking `$count`, the sum) when the sum means something.
pub fn bar_chart(ctx: &PageCtx, id: &'static str, title: String, total: Option<&str>, rows: Vec<(String, i64, String)>) -> Chart {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let sum: i64 = rows.iter().map(|r| r.1).fold(0, i64::saturating_add);
    let list = rows.iter().map(|(l, c, _)| format!("{l}: {}", ctx.format_number(*c))).collect::<Vec<_>>().join(", ");
    let summary = match total {
        Some(id) => format!("{} {list}", ctx.t_count(id, sum)),
        None => list,
    };
    let bars: Vec<Bar> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, count, value_text))| Bar {
            width: (count as f64 / max as f64 * 100.0 * 10.0).round() / 10.0,
            y: i as f64 * BAR_HEIGHT,
            count_text: ctx.format_number(count),
            value_text,
            count,
            label,
        })
        .collect();
    Chart { id, title, summary, height: bars.len().max(1) as f64 * BAR_HEIGHT, bars }
}
