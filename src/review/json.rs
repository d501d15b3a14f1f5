//! The JSON of a review (`check --json` over several files): each file with the findings as
//! `check --json` gives them for one, and the totals.

use super::Review;
use crate::cli::check_json;

/// `{"files": [{"file", "tables", "error", "findings"}], "summary": {…}}`; `error` is null for a
/// file that was read, and its reason (with `findings` empty) for one that was not.
pub fn review_json(review: &Review) -> serde_json::Value {
    let files: Vec<_> = review
        .files
        .iter()
        .map(|file| {
            let name = file.path.display().to_string();
            match &file.outcome {
                Ok(checked) => serde_json::json!({
                    "file": name,
                    "tables": checked.workbook.records.len(),
                    "error": null,
                    "findings": check_json(&checked.workbook, &checked.findings)["findings"],
                }),
                Err(e) => serde_json::json!({
                    "file": name,
                    "tables": 0,
                    "error": e.to_string(),
                    "findings": [],
                }),
            }
        })
        .collect();
    let t = review.totals();
    serde_json::json!({
        "files": files,
        "summary": {
            "files": review.files.len(),
            "tables": t.tables,
            "errors": t.errors,
            "warnings": t.warnings,
            "infos": t.infos,
            "unreadable": t.unreadable,
        },
    })
}
