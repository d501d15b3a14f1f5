//! The command line: `import`, `export`, `inspect`, `check`, `rollover`, `diff`, and opening
//! the editor.

mod check_many;
mod visible;

use crate::check::{self, Finding, Severity};
use crate::export;
use crate::layout::Layout;
use crate::model::{Direction, Indicator, IndicatorCell, Level1, Level2, Record, Workbook};
use crate::review::ReportFile;
use crate::store;
use crate::value::{self, Comparison, ValueKind};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use visible::{visible, visible_lines};

/// jixiao（绩效）：项目支出预算绩效目标表的编制、审核与规范导出。
#[derive(Debug, Parser)]
#[command(name = "jixiao", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Workbook (.ron) or table text to open in the editor; without it, a bundled example.
    pub file: Option<PathBuf>,
    /// What to do instead of opening the editor.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands besides opening the editor.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read table text (copied out of PDFs, Word, Excel) and write a workbook.
    Import {
        /// The document: UTF-8 (with or without BOM) or GB18030/GBK text.
        input: PathBuf,
        /// The workbook file to write (.ron); left untouched if the import fails.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write the tables of a workbook or table text: the canonical tab-separated text, the
    /// official form as an Excel workbook, or the forms on A4 pages as a PDF for printing.
    Export {
        /// A workbook (.ron) or table text.
        input: PathBuf,
        /// Where to write, the kind chosen by the extension: .txt or .tsv the canonical text,
        /// .xlsx the official form (one sheet per table), .pdf the forms for printing; standard
        /// output (text) without it.
        /// Never the input itself; a failed export leaves the file as it was.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write every table in this layout's form: county, county-coded, hebei, region,
        /// self-evaluation, national-target, indicator-list, national-self-evaluation, headings.
        #[arg(long, value_name = "NAME", conflicts_with = "flat")]
        layout: Option<String>,
        /// Write the 一体化 indicator list: one row per indicator, the target split into
        /// 计算符号 / 指标值 / 计量单位, with 权重 and 指标方向. Targets that cannot be split are
        /// written whole as 定性 and listed on standard error.
        #[arg(long)]
        flat: bool,
    },
    /// Print the workbook as JSON.
    Inspect {
        /// A workbook (.ron) or table text.
        input: PathBuf,
        /// Print JSON (the only output form).
        #[arg(long)]
        json: bool,
    },
    /// Roll every table forward to a later budget year (结转): the year and the dates of the
    /// budget year move, a self-evaluation becomes a target table; prints every change.
    Rollover {
        /// A workbook (.ron), table text, or a document (.xlsx, .docx …).
        input: PathBuf,
        /// The budget year to roll to.
        #[arg(long, value_name = "YEAR")]
        to: String,
        /// Where to write: a workbook (.ron), or any kind `export` writes (.txt, .tsv, .xlsx,
        /// .pdf). Never the input itself.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Compare two versions of a workbook (比较): tables added and removed, header fields,
    /// indicators added, removed, moved and rewritten.
    Diff {
        /// The earlier version: a workbook, table text or document.
        a: PathBuf,
        /// The later version.
        b: PathBuf,
        /// Print JSON instead of the plain report.
        #[arg(long)]
        json: bool,
    },
    /// Run the reviewer's rules and report the findings, of one file or of many: folders are
    /// read recursively (.txt .tsv .csv .ron .xlsx .xlsm .xls .et .ods .docx; hidden files and
    /// ~$ lock files skipped), on all cores, and reported file by file with the totals.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check {
        /// Workbooks (.ron), documents of tables, or folders of them.
        #[arg(required = true, value_name = "PATH")]
        inputs: Vec<PathBuf>,
        /// Also write the review opinion (审核意见) to this file: .xlsx, .html or .csv.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Print JSON instead of the readable report.
        #[arg(long)]
        json: bool,
        /// Report findings of this severity and worse.
        #[arg(long, value_enum, default_value_t = SeverityArg::Info)]
        severity: SeverityArg,
    },
}

/// The `--severity` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    /// Errors only.
    Error,
    /// Errors and warnings.
    Warning,
    /// Everything.
    Info,
}

impl SeverityArg {
    /// Whether `--severity` reports a finding of `severity`.
    pub fn admits(self, severity: Severity) -> bool {
        let floor = match self {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Info => Severity::Info,
        };
        severity <= floor
    }
}

/// Why a command could not do its work (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The workbook file could not be read or written.
    #[error(transparent)]
    Store(#[from] store::StoreError),
    /// The input could not be opened: unreadable, not a workbook, or without tables.
    #[error(transparent)]
    Open(#[from] store::OpenError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] export::pdf::PdfError),
    /// An unknown `--layout` name.
    #[error("未知的格式「{0}」，可用：{keys}", keys = layout_keys())]
    UnknownLayout(String),
    /// Writing the output failed.
    #[error("无法写出 {path}：{source}")]
    Write {
        /// Where.
        path: String,
        /// The system's reason.
        source: std::io::Error,
    },
    /// `export -o` with an extension no export writes.
    #[error("不支持导出为「{path}」，请用扩展名 {choices}", choices = export::ExportFile::choices())]
    UnknownExtension {
        /// The output named.
        path: String,
    },
    /// `-o` naming the input file.
    #[error("输出文件 {0} 就是输入文件，请另选输出文件名")]
    OutputIsInput(String),
    /// The .xlsx could not be made.
    #[error(transparent)]
    Xlsx(#[from] export::XlsxError),
    /// The tables could not be rolled forward.
    #[error(transparent)]
    Rollover(#[from] crate::workflow::RolloverError),
    /// `inspect` without `--json`.
    #[error("inspect 目前只支持 --json 输出")]
    InspectNeedsJson,
    /// The review opinion (`check --report`) could not be written.
    #[error(transparent)]
    Report(#[from] crate::review::ReportError),
    /// `check` of folders without any document in them.
    #[error("{0} 中没有可审核的文件（.txt .tsv .csv .ron .xlsx .xlsm .xls .et .ods .docx）")]
    NoDocuments(String),
    /// `check` of several files none of which could be read.
    #[error("{0} 个文件都无法读取，见上面的报告")]
    NothingReadable(usize),
}

/// The exit codes of `check`, in its `--help`.
const CHECK_EXIT_CODES: &str = "退出码：0 没有错误；1 至少一条错误；2 参数有误，或没有一个输入能读取\
（多个文件中个别文件无法读取时，它在报告中占一行，不影响退出码）。";

/// Exit code of a successful command.
pub const EXIT_OK: u8 = 0;
/// Exit code of `check` when a finding of severity error was found.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code for unusable input or arguments.
pub const EXIT_UNUSABLE: u8 = 2;

/// Reads a workbook file or imports table text, as the editor opens files.
pub fn read_input(path: &Path) -> Result<Workbook, CliError> {
    Ok(store::open(path)?.into_workbook())
}

/// Runs a command, writing its output to `out` and what the user should know about it (notes
/// of `export --flat`) to `err`; returns the exit code.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, CliError> {
    match command {
        Command::Import { input, output } => {
            refuse_input(input, output)?;
            let workbook = read_input(input)?;
            store::save(output, &workbook)?;
            free_later(workbook);
            Ok(EXIT_OK)
        }
        Command::Export {
            input,
            output,
            layout,
            flat,
        } => {
            let kind = match output {
                Some(path) => export_kind(input, path)?,
                None => export::ExportFile::Text,
            };
            let mut workbook = read_input(input)?;
            if let Some(name) = layout {
                let layout =
                    Layout::from_key(name).ok_or_else(|| CliError::UnknownLayout(name.clone()))?;
                for record in &mut workbook.records {
                    export::convert(record, layout);
                }
            }
            if *flat {
                let (list, notes) = export::flat_workbook(&workbook);
                for note in notes {
                    writeln!(err, "jixiao: {}", visible(&note.to_string())).map_err(|source| {
                        CliError::Write {
                            path: "标准错误".into(),
                            source,
                        }
                    })?;
                }
                workbook = list;
            }
            let bytes = export_bytes(&workbook, kind)?;
            match output {
                Some(path) => store::write_atomically(path, &bytes, store::Backup::Skip)?,
                None => write_out(out, &String::from_utf8_lossy(&bytes))?,
            }
            Ok(EXIT_OK)
        }
        Command::Inspect { input, json } => {
            if !json {
                return Err(CliError::InspectNeedsJson);
            }
            let workbook = read_input(input)?;
            let mut buffered = std::io::BufWriter::new(out);
            serde_json::to_writer_pretty(&mut buffered, &InspectJson(&workbook))
                .map_err(std::io::Error::from)
                .and_then(|()| buffered.write_all(b"\n"))
                .and_then(|()| buffered.flush())
                .map_err(|source| CliError::Write {
                    path: "标准输出".into(),
                    source,
                })?;
            free_later(workbook);
            Ok(EXIT_OK)
        }
        Command::Rollover { input, to, output } => {
            let to = crate::workflow::rollover::parse_year(to)?;
            let is_workbook = store::is_workbook_path(output);
            let kind = if is_workbook {
                refuse_input(input, output)?;
                None
            } else {
                Some(export_kind(input, output)?)
            };
            let (rolled, changes) = crate::workflow::rollover_workbook(&read_input(input)?, to)?;
            match kind {
                None => store::save(output, &rolled)?,
                Some(kind) => {
                    let bytes = export_bytes(&rolled, kind)?;
                    store::write_atomically(output, &bytes, store::Backup::Skip)?;
                }
            }
            let report = crate::workflow::rollover::report(&rolled, &changes);
            write_out(out, &visible_lines(&report))?;
            Ok(EXIT_OK)
        }
        Command::Diff { a, b, json } => {
            let found = crate::workflow::diff(&read_input(a)?, &read_input(b)?);
            let text = if *json {
                let mut text = serde_json::to_string_pretty(&found).unwrap_or_default();
                text.push('\n');
                text
            } else {
                visible_lines(&found.report()).into_owned()
            };
            write_out(out, &text)?;
            Ok(EXIT_OK)
        }
        Command::Check {
            inputs,
            report,
            json,
            severity,
        } => {
            // An unknown report format is refused before any file is read.
            if let Some(path) = report {
                ReportFile::from_path(path)?;
            }
            let [input] = inputs.as_slice() else {
                return check_many::check_many(inputs, report.as_deref(), *json, *severity, out);
            };
            if input.is_dir() {
                return check_many::check_many(inputs, report.as_deref(), *json, *severity, out);
            }
            let workbook = read_input(input)?;
            let findings: Vec<Finding> = check::check_workbook(&workbook)
                .into_iter()
                .filter(|f| severity.admits(f.severity))
                .collect();
            let text = if *json {
                let mut text = serde_json::to_string_pretty(&check_json(&workbook, &findings))
                    .unwrap_or_default();
                text.push('\n');
                text
            } else {
                check_report(&workbook, &findings)
            };
            write_out(out, &text)?;
            let any_error = findings.iter().any(|f| f.severity == Severity::Error);
            match report {
                Some(path) => check_many::write_single_report(path, input, workbook, findings)?,
                None => free_later((workbook, findings)),
            }
            Ok(if any_error { EXIT_FINDINGS } else { EXIT_OK })
        }
    }
}

/// Frees a workbook (and its findings) on a thread of its own: freeing a province's tables
/// takes a tenth of the time reading them did, and the command's answer need not wait for it
/// (the process may end first). Freed here when no thread can be started.
fn free_later<T: Send + 'static>(value: T) {
    let _freed_here_if_refused = std::thread::Builder::new().spawn(move || drop(value));
}

/// The kind of file `export -o path` writes, refusing an unknown extension and the input itself
/// (an export over its own input would replace the document it was read from).
fn export_kind(input: &Path, output: &Path) -> Result<export::ExportFile, CliError> {
    refuse_input(input, output)?;
    export::ExportFile::from_path(output).ok_or_else(|| CliError::UnknownExtension {
        path: output.display().to_string(),
    })
}

/// Refuses an output that is the input itself: writing over it would replace the document it
/// was read from.
fn refuse_input(input: &Path, output: &Path) -> Result<(), CliError> {
    if store::same_file(input, output) {
        return Err(CliError::OutputIsInput(output.display().to_string()));
    }
    Ok(())
}

/// The bytes of `workbook` exported as `kind`.
fn export_bytes(workbook: &Workbook, kind: export::ExportFile) -> Result<Vec<u8>, CliError> {
    Ok(match kind {
        export::ExportFile::Text => export::workbook_text(workbook).into_bytes(),
        export::ExportFile::Xlsx => export::workbook_xlsx(workbook)?,
        export::ExportFile::Pdf => export::workbook_pdf(workbook)?,
    })
}

/// The `--layout` names, for the message about an unknown one.
fn layout_keys() -> String {
    Layout::ALL.map(Layout::key).join(", ")
}

fn write_out(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    out.write_all(text.as_bytes())
        .map_err(|source| CliError::Write {
            path: "标准输出".into(),
            source,
        })
}

/// The JSON `inspect` prints: every record with its money in 元 and its indicators with canonical
/// category names. Each record is made as it is written, so a province's tables are never held as
/// JSON values all at once.
pub struct InspectJson<'a>(pub &'a Workbook);

impl serde::Serialize for InspectJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("inspect", 1)?;
        object.serialize_field("records", &RecordsJson(&self.0.records))?;
        object.end()
    }
}

struct RecordsJson<'a>(&'a [Record]);

impl serde::Serialize for RecordsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(record_json))
    }
}

/// One record of [`InspectJson`].
fn record_json(r: &Record) -> serde_json::Value {
    let amount_yuan = r
        .header
        .amount
        .value()
        .and_then(|v| r.unit.to_yuan(v))
        .map(|v| v.normalize().to_string());
    let set = |groups: &[crate::model::Level1Group]| -> Vec<serde_json::Value> {
        groups
            .iter()
            .flat_map(|g1| g1.groups.iter().map(move |g2| (g1, g2)))
            .flat_map(|(g1, g2)| g2.indicators.iter().map(move |ind| (g1, g2, ind)))
            .map(|(g1, g2, ind)| indicator_json(r, g1, g2, ind))
            .collect()
    };
    let indicators = set(&r.groups);
    serde_json::json!({
        "name": r.header.name,
        "title": r.title,
        "kind": r.kind.key(),
        "layout": r.layout.key(),
        "form": r.layout.key(),
        "confidence": r.confidence().key(),
        "doubts": r.doubts().map(|n| n.action.as_str()).collect::<Vec<_>>(),
        "code": r.header.code,
        "year": r.year,
        "unit": r.unit.label(),
        "amount": r.header.amount.text(),
        "amount_yuan": amount_yuan,
        "department": r.header.department,
        "implementer": r.header.implementer,
        "scheme": r.scheme,
        "header": r.header,
        "funding": r.funding,
        "spending_plan": r.spending_plan,
        "evaluation": r.evaluation,
        "groups": r.groups.iter().map(|g| serde_json::json!({
            "level1": level1_name(g.category, &g.label),
            "label": g.label,
            "weight": g.weight.text(),
            "level2": g.groups.iter().map(|g2| serde_json::json!({
                "level2": level2_name(g2.category, &g2.label),
                "label": g2.label,
                "indicators": g2.indicators.len(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "indicators": indicators,
        // The multi-year (中期/长期) set, where the form has one.
        "medium_indicators": set(&r.medium_groups),
        "notes": r.notes.iter().map(|n| serde_json::json!({
            "line": n.line, "seen": n.seen, "action": n.action, "doubt": n.doubt
        })).collect::<Vec<_>>(),
    })
}

/// One indicator of [`record_json`], with its groups' names.
fn indicator_json(
    r: &Record,
    g1: &crate::model::Level1Group,
    g2: &crate::model::Level2Group,
    ind: &Indicator,
) -> serde_json::Value {
    let column = |cell| column_json(r, ind, cell);
    let (target, unit) = target_parts(ind);
    serde_json::json!({
        "level1": level1_name(g1.category, &g1.label),
        "level2": level2_name(g2.category, &g2.label),
        "level1_label": g1.label,
        "level2_label": g2.label,
        "name": ind.name,
        "value": ind.target_text(),
        "description": ind.description,
        "basis": ind.basis,
        "nature": column(IndicatorCell::Nature),
        "operator": operator(ind),
        "target": target,
        "unit": unit,
        "direction": ind.direction_of().map(Direction::word),
        "weight": column(IndicatorCell::Weight),
        "actual": column(IndicatorCell::Actual),
        "score": column(IndicatorCell::Score),
        "deviation": column(IndicatorCell::Deviation),
        "standard": column(IndicatorCell::Standard),
        "scoring_rule": column(IndicatorCell::ScoringRule),
        "remark": column(IndicatorCell::Remark),
        // Columns no form names, by their headings as written.
        "others": r
            .columns
            .iter()
            .filter(|c| matches!(c.cell, IndicatorCell::Other(_)))
            .map(|c| (c.heading.clone(), serde_json::json!(ind.text(c.cell))))
            .collect::<serde_json::Map<_, _>>(),
    })
}

/// Whether `record` prints an indicator column for `cell`: its own columns, else its form's.
fn prints_column(record: &Record, cell: IndicatorCell) -> bool {
    record.prints_column(cell)
}

/// A cell of `indicator` as written, or null when the form has no such column and nothing was
/// written there.
fn column_json(record: &Record, indicator: &Indicator, cell: IndicatorCell) -> serde_json::Value {
    let text = indicator.text(cell);
    if prints_column(record, cell) || !text.trim().is_empty() {
        serde_json::Value::from(text)
    } else {
        serde_json::Value::Null
    }
}

/// The comparison as a sign (`≥ ＞ ＝ ＜ ≤`), or `定性`: from the split cells, else as the grammar
/// reads the one-cell value.
fn operator(indicator: &Indicator) -> Option<&'static str> {
    if indicator.is_marked_qualitative() {
        return Some("定性");
    }
    let cell = indicator.comparison_cell();
    let parsed = cell
        .is_none()
        .then(|| value::parse(&indicator.target_text()));
    let comparison = cell.or_else(|| parsed.as_ref().and_then(|v| v.comparison));
    if let Some(comparison) = comparison {
        return Some(match comparison {
            Comparison::AtLeast => "≥",
            Comparison::Above => "＞",
            Comparison::Equal => "＝",
            Comparison::Below => "＜",
            Comparison::AtMost => "≤",
        });
    }
    parsed
        .is_some_and(|v| v.kind == ValueKind::Qualitative)
        .then_some("定性")
}

/// The target number and its unit: the split cells as written, else the one-cell value as the
/// grammar reads it (scale applied: `1.5万人` is 15000 人; money in 元). A qualitative target is
/// its words, without a unit; a date or text the grammar cannot read has neither.
fn target_parts(indicator: &Indicator) -> (Option<String>, Option<String>) {
    if indicator.has_split_target() {
        let written = |text: &str| (!text.trim().is_empty()).then(|| text.trim().to_string());
        return (written(&indicator.target), written(&indicator.unit));
    }
    let per = |unit: String, per: &[String]| {
        std::iter::once(unit)
            .chain(per.iter().cloned())
            .collect::<Vec<_>>()
            .join("/")
    };
    let number = |n: rust_decimal::Decimal| Some(n.normalize().to_string());
    match value::parse(&indicator.value).kind {
        ValueKind::Measure(m) => (number(m.number), Some(per(m.unit, &m.per))),
        ValueKind::Money(m) => (number(m.yuan), Some(per("元".into(), &m.per))),
        ValueKind::Duration(d) => (number(d.amount), Some(d.unit.word().into())),
        ValueKind::Qualitative => (Some(indicator.value.trim().to_string()), None),
        ValueKind::Empty | ValueKind::Date(_) | ValueKind::Range(_) | ValueKind::Unparsed => {
            (None, None)
        }
    }
}

fn level1_name(category: Level1, label: &str) -> String {
    match category {
        Level1::Other => label.to_string(),
        known => known.canonical_name().to_string(),
    }
}

fn level2_name(category: Level2, label: &str) -> String {
    match category {
        Level2::Other => label.to_string(),
        known => known.canonical_name().to_string(),
    }
}

/// How a report names a record: its position in the file (1-based), and the document's own title
/// (which carries the document's table number, `38、…绩效目标表`, `…（表4）`) and the project.
pub fn record_heading(index: usize, record: &crate::model::Record) -> String {
    let title = record.title.trim();
    let name = record.header.name.trim();
    match (title.is_empty(), name.is_empty()) {
        (false, false) => format!("第 {} 张表「{title}」：{name}", index.saturating_add(1)),
        (false, true) => format!("第 {} 张表「{title}」", index.saturating_add(1)),
        (true, _) => format!("第 {} 张表：{name}", index.saturating_add(1)),
    }
}

/// The JSON `check --json` prints.
pub fn check_json(workbook: &Workbook, findings: &[Finding]) -> serde_json::Value {
    let items: Vec<_> = findings
        .iter()
        .map(|f| {
            let record = workbook.records.get(f.record);
            serde_json::json!({
                "record": f.record,
                "record_name": record.map(|r| r.header.name.as_str()).unwrap_or_default(),
                "record_title": record.map(|r| r.title.as_str()).unwrap_or_default(),
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
                "location": record.map(|r| f.place.describe(r)).unwrap_or_default(),
                "fixes": f.fixes.iter().map(|x| x.label.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({ "findings": items })
}

/// Below this many tables per core the report is written on one thread.
const REPORT_RECORDS_PER_THREAD: usize = 500;

/// One table's part of the readable report: its heading, its doubts and its findings; nothing
/// when it has neither.
fn record_section(text: &mut String, index: usize, record: &Record, mine: &[&Finding]) {
    use std::fmt::Write as _;
    let doubts: Vec<&str> = record.doubts().map(|n| n.action.as_str()).collect();
    if mine.is_empty() && doubts.is_empty() {
        return;
    }
    let _ = writeln!(text, "{}", visible(&record_heading(index, record)));
    if !doubts.is_empty() {
        let _ = writeln!(text, "  [待复核] 读取存疑：{}", visible(&doubts.join("；")));
    }
    for f in mine {
        let severity = f.severity.label();
        let _ = writeln!(
            text,
            "  [{severity}] {} @ {}：{}",
            f.code,
            visible(&f.place.describe(record)),
            visible(&f.message)
        );
    }
    text.push('\n');
}

/// The readable report `check` prints: findings grouped by record.
pub fn check_report(workbook: &Workbook, findings: &[Finding]) -> String {
    use std::fmt::Write as _;
    // Grouped once: filtering all findings for every record is quadratic in a province's tables.
    let mut by_record: Vec<Vec<&Finding>> = vec![Vec::new(); workbook.records.len()];
    for f in findings {
        if let Some(mine) = by_record.get_mut(f.record) {
            mine.push(f);
        }
    }
    let grouped: Vec<_> = workbook.records.iter().zip(by_record).collect();
    // A province's report is written on every core, a part of its tables on each.
    let parts =
        crate::cores::split_over_cores(&grouped, REPORT_RECORDS_PER_THREAD, |first, part| {
            let mut text = String::new();
            for (k, (record, mine)) in part.iter().enumerate() {
                record_section(&mut text, first.saturating_add(k), record, mine);
            }
            text
        });
    let mut text = parts.concat();
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        text,
        "共 {} 张表：错误 {} 条，警告 {} 条，提示 {} 条",
        workbook.records.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    text
}
