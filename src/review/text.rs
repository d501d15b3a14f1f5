//! The readable report of a review on the command line: each file's report as `check` prints a
//! single file's, a line per file that could not be read, and the totals.

use super::{Review, UNREADABLE};
use crate::cli::{check_report, visible};
use std::fmt::Write as _;

/// The report of `review`: per file a heading and [`check_report`] of its tables, a file that
/// could not be read one line saying why, then the totals over all files.
pub fn review_text(review: &Review) -> String {
    let mut text = String::new();
    for file in &review.files {
        match &file.outcome {
            Ok(checked) => {
                let path = file.path.display().to_string();
                let _ = writeln!(text, "== {} ==", visible(&path));
                text.push_str(&check_report(&checked.workbook, &checked.findings));
            }
            // The reasons name the file; one line, so a reader can grep the failures.
            Err(e) => {
                let reason = e.to_string().replace(['\r', '\n'], " ");
                let _ = writeln!(text, "[{UNREADABLE}] {}", visible(&reason));
            }
        }
        text.push('\n');
    }
    let totals = review.totals();
    let _ = writeln!(
        text,
        "共 {} 个文件（无法读取 {} 个），{} 张表：错误 {} 条，警告 {} 条，提示 {} 条",
        review.files.len(),
        totals.unreadable,
        totals.tables,
        totals.errors,
        totals.warnings,
        totals.infos
    );
    text
}
