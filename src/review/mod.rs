//! Reviewing many documents at once (`jixiao check FOLDER…`, the editor's 打开文件夹): which files
//! ([`walk`]), reading and checking them on every core ([`parallel`]), the review opinion
//! (审核意见) as a pure model ([`Review`], its rows and its summary), and writers of that model
//! as text, JSON, .xlsx, .html and .csv.
//!
//! A file that cannot be read is a line of the review, never the end of it: a reviewer handed a
//! folder of a hundred submissions wants the ninety-nine opinions and the one name to chase.

mod csv;
mod html;
mod json;
mod parallel;
mod report;
mod text;
mod walk;
// Sheet rows and columns of the report: positions bounded by the findings listed, no money.
#[allow(clippy::arithmetic_side_effects)]
mod xlsx;

pub use json::review_json;
pub use parallel::{all_cores, map_in_order};
pub use report::{ReportError, ReportFile, report_bytes, write_report};
pub use text::review_text;
pub use walk::{DOCUMENT_EXTENSIONS, Found, documents, is_document};

use crate::check::{self, Finding, Severity};
use crate::model::{Record, Workbook};
use crate::store::{self, OpenError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What became of one file of a review.
#[derive(Debug)]
pub struct FileReview {
    /// The file as found (as named, or under a folder named).
    pub path: PathBuf,
    /// Its tables and findings, or why it could not be read.
    pub outcome: Result<Checked, OpenError>,
}

/// A file read and checked.
#[derive(Debug)]
pub struct Checked {
    /// Its tables.
    pub workbook: Workbook,
    /// The findings, in record order, as [`check::check_workbook`] gives them.
    pub findings: Vec<Finding>,
}

/// The review of every file, in the order found.
#[derive(Debug, Default)]
pub struct Review {
    /// One entry per file.
    pub files: Vec<FileReview>,
}

/// Tables, findings by severity, and files that could not be read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Tables read.
    pub tables: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
    /// Files that could not be read.
    pub unreadable: usize,
}

impl Counts {
    fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors = self.errors.saturating_add(1),
            Severity::Warning => self.warnings = self.warnings.saturating_add(1),
            Severity::Info => self.infos = self.infos.saturating_add(1),
        }
    }

    fn add(&mut self, other: Counts) {
        self.tables = self.tables.saturating_add(other.tables);
        self.errors = self.errors.saturating_add(other.errors);
        self.warnings = self.warnings.saturating_add(other.warnings);
        self.infos = self.infos.saturating_add(other.infos);
        self.unreadable = self.unreadable.saturating_add(other.unreadable);
    }

    /// The counts of one file.
    fn of(file: &FileReview) -> Counts {
        let mut counts = Counts::default();
        match &file.outcome {
            Ok(checked) => {
                counts.tables = checked.workbook.records.len();
                for finding in &checked.findings {
                    counts.count(finding.severity);
                }
            }
            Err(_) => counts.unreadable = 1,
        }
        counts
    }
}

/// The 严重程度 of a file that could not be read, in the rows of the opinion.
pub const UNREADABLE: &str = "无法读取";

/// The columns of the opinion (审核意见), one row per finding.
pub const OPINION_COLUMNS: [&str; 8] = [
    "文件",
    "工作表",
    "表格",
    "位置",
    "严重程度",
    "规则",
    "问题",
    "建议修改",
];

/// The columns of the summary (汇总).
pub const SUMMARY_COLUMNS: [&str; 7] = ["类别", "名称", "表格", "错误", "警告", "提示", "无法读取"];

/// One row of the opinion, in the order of [`OPINION_COLUMNS`]: a finding, or a file that could
/// not be read (严重程度 [`UNREADABLE`], 问题 the reason).
pub type OpinionRow = [String; 8];

/// One row of the summary: what it counts (文件, 主管部门 or 合计), its name and the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// 文件, 主管部门 or 合计.
    pub group: &'static str,
    /// The file, the department, or empty for the total.
    pub name: String,
    /// What was counted.
    pub counts: Counts,
}

impl SummaryRow {
    /// The numbers in the order of [`SUMMARY_COLUMNS`] after 类别 and 名称.
    pub fn numbers(&self) -> [usize; 5] {
        let c = self.counts;
        [c.tables, c.errors, c.warnings, c.infos, c.unreadable]
    }
}

/// The documents of `folder` (the same walk as a review) read into one workbook, on `threads`
/// threads, in the walk's order; every record names its file (a saved workbook's records that
/// name none get the workbook's path). Also the files that could not be read, with the reason.
pub fn read_folder(folder: &Path, threads: usize) -> (Workbook, Vec<(PathBuf, OpenError)>) {
    let found = documents(&[folder.to_path_buf()]);
    let mut workbook = Workbook::default();
    let mut unreadable = Vec::new();
    let read = |path: &Path| Ok(store::open(path)?.into_workbook());
    for (path, outcome) in read_found(&found, threads, &|| {}, read) {
        match outcome {
            Ok(mut part) => {
                for record in &mut part.records {
                    if record.source.file.is_empty() {
                        record.source.file = path.display().to_string();
                    }
                }
                workbook.records.append(&mut part.records);
            }
            Err(e) => unreadable.push((path, e)),
        }
    }
    (workbook, unreadable)
}

/// What a summary row names a table's department by when its 主管部门 is empty.
const NO_DEPARTMENT: &str = "（未填写主管部门）";

impl Review {
    /// Reads and checks every file found, on `threads` threads (at least one); `done` is called
    /// after each file. The review keeps the order of `found`.
    pub fn run(found: &[Found], threads: usize, done: &(dyn Fn() + Sync)) -> Review {
        let files = read_found(found, threads, done, |path| {
            let workbook = store::open(path)?.into_workbook();
            let findings = check::check_workbook(&workbook);
            Ok(Checked { workbook, findings })
        });
        Review {
            files: files
                .into_iter()
                .map(|(path, outcome)| FileReview { path, outcome })
                .collect(),
        }
    }

    /// Keeps only the findings `keep` admits (`--severity`).
    pub fn retain_findings(&mut self, keep: impl Fn(&Finding) -> bool) {
        for file in &mut self.files {
            if let Ok(checked) = &mut file.outcome {
                checked.findings.retain(&keep);
            }
        }
    }

    /// The counts over every file.
    pub fn totals(&self) -> Counts {
        let mut total = Counts::default();
        for file in &self.files {
            total.add(Counts::of(file));
        }
        total
    }

    /// Whether at least one file could be read.
    pub fn any_readable(&self) -> bool {
        self.files.iter().any(|f| f.outcome.is_ok())
    }

    /// The opinion: every finding of every file, files in order and findings in record order,
    /// and a row for each file that could not be read.
    pub fn rows(&self) -> Vec<OpinionRow> {
        let mut rows = Vec::new();
        for file in &self.files {
            let name = file.path.display().to_string();
            match &file.outcome {
                Err(e) => rows.push([
                    name,
                    String::new(),
                    String::new(),
                    String::new(),
                    UNREADABLE.into(),
                    String::new(),
                    e.to_string(),
                    String::new(),
                ]),
                Ok(checked) => {
                    for finding in &checked.findings {
                        let Some(record) = checked.workbook.records.get(finding.record) else {
                            continue;
                        };
                        rows.push(finding_row(&name, record, finding));
                    }
                }
            }
        }
        rows
    }

    /// The summary: a row per file, then a row per department (by 主管部门, sorted), then the total.
    pub fn summary(&self) -> Vec<SummaryRow> {
        let mut rows: Vec<SummaryRow> = self
            .files
            .iter()
            .map(|file| SummaryRow {
                group: "文件",
                name: file.path.display().to_string(),
                counts: Counts::of(file),
            })
            .collect();
        let mut departments: BTreeMap<String, Counts> = BTreeMap::new();
        for checked in self.files.iter().filter_map(|f| f.outcome.as_ref().ok()) {
            for (index, record) in checked.workbook.records.iter().enumerate() {
                let department = record.header.department.trim();
                let department = if department.is_empty() {
                    NO_DEPARTMENT
                } else {
                    department
                };
                let counts = departments.entry(department.to_string()).or_default();
                counts.tables = counts.tables.saturating_add(1);
                for finding in checked.findings.iter().filter(|f| f.record == index) {
                    counts.count(finding.severity);
                }
            }
        }
        rows.extend(departments.into_iter().map(|(name, counts)| SummaryRow {
            group: "主管部门",
            name,
            counts,
        }));
        rows.push(SummaryRow {
            group: "合计",
            name: String::new(),
            counts: self.totals(),
        });
        rows
    }
}

/// The opinion row of `finding` on `record` of the file `file`.
fn finding_row(file: &str, record: &Record, finding: &Finding) -> OpinionRow {
    let table = if record.header.name.trim().is_empty() {
        record.title.trim()
    } else {
        record.header.name.trim()
    };
    [
        file.to_string(),
        record.source.sheet.clone(),
        table.to_string(),
        finding.place.describe(record),
        finding.severity.label().into(),
        finding.code.into(),
        finding.message.clone(),
        finding
            .fixes
            .first()
            .map(|fix| fix.text.clone())
            .unwrap_or_default(),
    ]
}

/// Reads every file found with `read`, on `threads` threads, keeping the order; a folder that
/// could not be listed is an unreadable entry.
fn read_found<T: Send>(
    found: &[Found],
    threads: usize,
    done: &(dyn Fn() + Sync),
    read: impl Fn(&Path) -> Result<T, OpenError> + Sync,
) -> Vec<(PathBuf, Result<T, OpenError>)> {
    map_in_order(
        found,
        threads,
        |f| {
            let outcome = match f {
                Found::File(path) => read(path),
                // io::Error cannot be cloned; its kind and message are all a report shows.
                Found::Unlisted(path, source) => Err(OpenError::Read {
                    path: path.clone(),
                    source: std::io::Error::new(source.kind(), source.to_string()),
                }),
            };
            (f.path().to_path_buf(), outcome)
        },
        done,
    )
}
