//! CSV exports: cells a spreadsheet would run as formulas are neutralised
//! (IN-1), and the file is sent as an attachment that no cache keeps.

use actix_web::HttpResponse;
use actix_web::http::header;

use crate::error::AppError;

/// A spreadsheet must not run what someone typed: cells that start like a
/// formula get a leading apostrophe.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() }
}

/// Writes rows (the first is the header) with every cell neutralised.
pub fn write(rows: &[Vec<String>]) -> Result<Vec<u8>, AppError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in rows {
        out.write_record(row.iter().map(|c| neutralise(c))).map_err(|e| AppError::Internal(e.into()))?;
    }
    out.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))
}

/// Rows for people: with a UTF-8 byte-order mark first, so spreadsheet
/// programs read 株式会社 and Café as written.
pub fn write_for_spreadsheets(rows: &[Vec<String>]) -> Result<Vec<u8>, AppError> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(write(rows)?);
    Ok(bytes)
}

/// The response for a CSV file named `file_name` (ASCII, ours).
pub fn attachment(bytes: Vec<u8>, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(bytes)
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"http://evil\")"), "'=HYPERLINK(\"http://evil\")");
        for bad in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(neutralise("Acme"), "Acme");
    }
}
