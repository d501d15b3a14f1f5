//! `jixiao check` over several files or folders: the walk, the progress bar, the report on
//! standard output and the `--report` file.

use super::{CliError, EXIT_FINDINGS, EXIT_OK, SeverityArg, write_out};
use crate::check::Finding;
use crate::model::Workbook;
use crate::review::{self, Checked, FileReview, Review};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Checks every document of `inputs` (files and folders) and reports them file by file; the
/// exit code is 1 when any error was found, `NothingReadable` (2) when no file could be read.
pub fn check_many(
    inputs: &[PathBuf],
    report: Option<&Path>,
    json: bool,
    severity: SeverityArg,
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let mut found = review::documents(inputs);
    if let Some(report) = report {
        // A report written into the folder it reviews is no submission; a second run would
        // list it as unreadable.
        let report = std::fs::canonicalize(report).ok();
        found.retain(|f| report.is_none() || std::fs::canonicalize(f.path()).ok() != report);
    }
    if found.is_empty() {
        let named: Vec<_> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(CliError::NoDocuments(named.join("、")));
    }
    let bar = progress_bar(found.len());
    let mut review = Review::run(&found, review::all_cores(), &|| bar.inc(1));
    bar.finish_and_clear();
    review.retain_findings(|f| severity.admits(f.severity));
    let text = if json {
        let mut text =
            serde_json::to_string_pretty(&review::review_json(&review)).unwrap_or_default();
        text.push('\n');
        text
    } else {
        review::review_text(&review)
    };
    write_out(out, &text)?;
    if let Some(path) = report {
        review::write_report(path, &review)?;
    }
    if !review.any_readable() {
        return Err(CliError::NothingReadable(review.files.len()));
    }
    Ok(if review.totals().errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// A bar on standard error while files are read, only for a person watching a terminal: a pipe,
/// a log or a test sees nothing of it.
fn progress_bar(files: usize) -> ProgressBar {
    if files < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files as u64);
    if let Ok(style) = ProgressStyle::with_template("审核 {bar:40} {pos}/{len} 个文件 {eta}") {
        bar.set_style(style);
    }
    bar
}

/// `check FILE --report R`: the one file's opinion, from the findings already printed.
pub fn write_single_report(
    report: &Path,
    input: &Path,
    workbook: Workbook,
    findings: Vec<Finding>,
) -> Result<(), CliError> {
    let review = Review {
        files: vec![FileReview {
            path: input.to_path_buf(),
            outcome: Ok(Checked { workbook, findings }),
        }],
    };
    review::write_report(report, &review)?;
    Ok(())
}
