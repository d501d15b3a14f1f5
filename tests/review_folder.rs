//! Reviewing a folder of submissions: every readable table's findings and every unreadable file
//! reach the report, in every format, in the same order on every run; and `jixiao check` over
//! several paths, with its exit codes and `--report` files.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::cli::jixiao;

use calamine::Reader;
use jixiao::check;
use jixiao::review::{self, OPINION_COLUMNS, ReportFile, Review, UNREADABLE};
use jixiao::store;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The damaged file's name: markup characters, so the HTML report must escape them.
const DAMAGED: &str = "损坏<&>.xlsx";
const EMPTY: &str = "空白.txt";

/// A folder of everything a reviewer is handed: the sample texts, their Excel and Word copies
/// (some in a subfolder), a saved workbook, a damaged `.xlsx`, an empty `.txt`, plus files a walk
/// must pass over (hidden, an Office lock file, a PDF).
fn submissions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let office = root.join("office");
    std::fs::create_dir(&office).unwrap();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, root.join(path.file_name().unwrap())).unwrap();
        }
    }
    for entry in std::fs::read_dir(fixtures().join("office")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "xlsx" || e == "docx") {
            std::fs::copy(&path, office.join(path.file_name().unwrap())).unwrap();
        }
    }
    let saved = store::open(&fixtures().join("pingluo-2026.txt"))
        .unwrap()
        .into_workbook();
    store::save(&root.join("已保存.ron"), &saved).unwrap();
    std::fs::write(root.join(DAMAGED), b"PK\x03\x04 not really a zip").unwrap();
    std::fs::write(root.join(EMPTY), b"").unwrap();
    std::fs::write(root.join(".hidden.txt"), b"x").unwrap();
    std::fs::write(office.join("~$pingluo-2024.xlsx"), b"lock").unwrap();
    std::fs::write(root.join("说明.pdf"), b"%PDF").unwrap();
    dir
}

fn review_of(root: &Path, threads: usize) -> Review {
    Review::run(&review::documents(&[root.to_path_buf()]), threads, &|| {})
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn a_folder_review_has_every_readable_tables_findings_and_every_unreadable_file() {
    let dir = submissions();
    let review = review_of(dir.path(), 2);
    // 5 texts, 10 workbooks, 5 Word documents, the saved workbook, the damaged and the empty one.
    assert_eq!(review.files.len(), 23);
    assert!(
        review
            .files
            .iter()
            .all(|f| !file_name(&f.path).starts_with(['.', '~'])
                && !file_name(&f.path).ends_with(".pdf"))
    );
    let unreadable: Vec<String> = review
        .files
        .iter()
        .filter(|f| f.outcome.is_err())
        .map(|f| file_name(&f.path))
        .collect();
    assert_eq!(unreadable, [DAMAGED, EMPTY].map(String::from).to_vec());

    // Each readable file has exactly the findings of checking it alone.
    let mut expected_rows = 0;
    for file in &review.files {
        if let Ok(checked) = &file.outcome {
            let alone = store::open(&file.path).unwrap().into_workbook();
            assert!(!alone.records.is_empty(), "{}", file.path.display());
            assert_eq!(checked.findings, check::check_workbook(&alone));
            expected_rows += checked.findings.len();
        }
    }
    let rows = review.rows();
    assert!(expected_rows > 0);
    assert_eq!(rows.len(), expected_rows + 2);
    let unreadable_rows: Vec<_> = rows.iter().filter(|r| r[4] == UNREADABLE).collect();
    assert_eq!(unreadable_rows.len(), 2);
    assert!(unreadable_rows.iter().all(|r| !r[6].is_empty()));
    // The sheet of a spreadsheet's table is named; a finding with a fix proposes its text.
    assert!(
        rows.iter()
            .any(|r| r[0].ends_with(".xlsx") && !r[1].is_empty())
    );
    assert!(
        rows.iter().any(|r| !r[7].is_empty()),
        "no finding with a fix"
    );

    let summary = review.summary();
    let files: Vec<_> = summary.iter().filter(|s| s.group == "文件").collect();
    assert_eq!(files.len(), 23);
    assert!(summary.iter().any(|s| s.group == "主管部门"));
    let total = summary.last().unwrap();
    assert_eq!(total.group, "合计");
    assert_eq!(total.counts, review.totals());
    assert_eq!(total.counts.unreadable, 2);
    let departments: usize = summary
        .iter()
        .filter(|s| s.group == "主管部门")
        .map(|s| s.counts.tables)
        .sum();
    assert_eq!(departments, total.counts.tables);
}

#[test]
fn a_review_is_the_same_on_every_run_and_any_number_of_threads() {
    let dir = submissions();
    let first = review_of(dir.path(), 1);
    for threads in [2, 4] {
        let again = review_of(dir.path(), threads);
        assert_eq!(again.rows(), first.rows());
        assert_eq!(again.summary(), first.summary());
        for kind in ReportFile::ALL {
            assert_eq!(
                review::report_bytes(&again, kind).unwrap(),
                review::report_bytes(&first, kind).unwrap(),
                "{kind:?}"
            );
        }
    }
}

/// The fields of an RFC 4180 text, line by line.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_csv_report_starts_with_a_bom_and_parses_back_to_the_rows() {
    let dir = submissions();
    let review = review_of(dir.path(), 2);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("审核意见.csv");
    review::write_report(&path, &review).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    let parsed = parse_csv(text.trim_start_matches('\u{feff}'));
    assert_eq!(parsed[0], OPINION_COLUMNS.map(String::from).to_vec());
    let rows: Vec<Vec<String>> = review.rows().into_iter().map(Vec::from).collect();
    assert_eq!(parsed[1..], rows[..]);
    assert!(
        parsed
            .iter()
            .any(|r| r[4] == UNREADABLE && r[0].ends_with(DAMAGED))
    );
}

#[test]
fn the_xlsx_report_reads_back_with_both_sheets() {
    let dir = submissions();
    let review = review_of(dir.path(), 2);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("审核意见.xlsx");
    review::write_report(&path, &review).unwrap();
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(book.sheet_names(), ["审核意见", "汇总"]);
    let opinion = book.worksheet_range("审核意见").unwrap();
    let cells: Vec<Vec<String>> = opinion
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(cells[0], OPINION_COLUMNS.map(String::from).to_vec());
    let rows: Vec<Vec<String>> = review.rows().into_iter().map(Vec::from).collect();
    assert_eq!(cells[1..], rows[..]);
    let summary = book.worksheet_range("汇总").unwrap();
    let last: Vec<String> = summary
        .rows()
        .next_back()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let t = review.totals();
    assert_eq!(last[0], "合计");
    assert_eq!(last[2], t.tables.to_string());
    assert_eq!(last[3], t.errors.to_string());
    assert_eq!(last[6], "2");
    assert_eq!(summary.height(), review.summary().len() + 1);
}

#[test]
fn the_html_report_holds_every_row_escaped() {
    let dir = submissions();
    let review = review_of(dir.path(), 2);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("审核意见.html");
    review::write_report(&path, &review).unwrap();
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("损坏&lt;&amp;&gt;.xlsx"));
    assert!(!page.contains(DAMAGED));
    for row in review.rows() {
        let message = row[6]
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;");
        assert!(page.contains(&format!("<td>{message}</td>")), "{message}");
    }
    assert_eq!(page.matches("<tr class=").count(), review.rows().len());
    assert!(page.contains("<h2>汇总</h2>"));
}

#[test]
fn an_unknown_report_extension_is_refused_with_the_choices() {
    let err = ReportFile::from_path(Path::new("意见.pdf")).unwrap_err();
    let message = err.to_string();
    assert!(message.contains(".xlsx") && message.contains(".html") && message.contains(".csv"));
}

#[test]
fn a_folder_read_as_one_workbook_has_every_files_records_naming_their_file() {
    let dir = submissions();
    let (workbook, unreadable) = review::read_folder(dir.path(), 2);
    let names: Vec<String> = unreadable.iter().map(|(p, _)| file_name(p)).collect();
    assert_eq!(names, [DAMAGED, EMPTY].map(String::from).to_vec());
    let review = review_of(dir.path(), 1);
    assert_eq!(workbook.records.len(), review.totals().tables);
    assert!(workbook.records.iter().all(|r| !r.source.file.is_empty()));
    // A saved workbook's records keep the document they were first imported from: the copy of
    // pingluo-2026 and the workbook saved from it both bring its 16 tables.
    let pingluo = workbook
        .records
        .iter()
        .filter(|r| r.source.file.ends_with("pingluo-2026.txt"))
        .count();
    assert_eq!(pingluo, 32);
}

// The command line.

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn check_of_several_paths_reports_each_file_and_the_totals() {
    let dir = submissions();
    let root = dir.path();
    let text = root.join("pingluo-2026.txt");
    let out = jixiao(&[
        "check",
        s(&text),
        s(&root.join("office")),
        s(&root.join(EMPTY)),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // pingluo-2026 has no error; the office copies of the other samples do.
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(out.stderr.is_empty(), "no progress bar in a pipe");
    let headings: Vec<&str> = stdout.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(headings.len(), 16, "{stdout}");
    assert!(headings[0].contains("pingluo-2026.txt"));
    let unreadable: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("[无法读取]"))
        .collect();
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].contains(EMPTY));
    assert!(
        stdout
            .trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("共 17 个文件（无法读取 1 个），")
    );
}

#[test]
fn check_of_a_folder_exits_2_only_when_nothing_could_be_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(DAMAGED), b"junk").unwrap();
    std::fs::write(dir.path().join(EMPTY), b"").unwrap();
    let out = jixiao(&["check", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.starts_with("[无法读取]"))
            .count(),
        2
    );
    // One table without errors beside the unreadable files: the run succeeds.
    std::fs::copy(
        fixtures().join("pingluo-2026.txt"),
        dir.path().join("pingluo-2026.txt"),
    )
    .unwrap();
    let out = jixiao(&["check", s(dir.path()), "--severity", "error"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A folder without documents is an argument error.
    let empty = tempfile::tempdir().unwrap();
    let out = jixiao(&["check", s(empty.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有可审核的文件"));
}

#[test]
fn check_writes_the_report_named_by_its_extension_outside_the_review() {
    let dir = submissions();
    let root = dir.path();
    for name in ["审核意见.xlsx", "审核意见.html", "审核意见.csv"] {
        // Written inside the folder reviewed: a second run must not review the report itself.
        let report = root.join(name);
        for _ in 0..2 {
            let out = jixiao(&["check", s(root), "--report", s(&report)]);
            assert_eq!(out.status.code(), Some(1), "{name}");
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                stdout.contains("共 23 个文件（无法读取 2 个）"),
                "{name}: {stdout}"
            );
        }
        assert!(std::fs::metadata(&report).unwrap().len() > 0, "{name}");
        // The next format's run sees the folder as handed over.
        std::fs::remove_file(&report).unwrap();
    }
    let out = jixiao(&["check", s(root), "--report", s(&root.join("意见.doc"))]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".xlsx、.html"));
    assert!(out.stdout.is_empty(), "refused before any work");
}

#[test]
fn check_of_one_file_with_a_report_keeps_the_single_file_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixtures().join("pingluo-2024.txt");
    let report = dir.path().join("意见.csv");
    let plain = jixiao(&["check", s(&input)]);
    let with_report = jixiao(&["check", s(&input), "--report", s(&report)]);
    assert_eq!(plain.stdout, with_report.stdout);
    assert_eq!(plain.status.code(), with_report.status.code());
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("== "));
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.lines().count() > 1);
}

#[test]
fn check_json_of_several_files_lists_each_with_its_findings_or_error() {
    let dir = submissions();
    let root = dir.path();
    let out = jixiao(&[
        "check",
        s(&root.join("pingluo-2024.txt")),
        s(&root.join(DAMAGED)),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert!(files[0]["error"].is_null());
    assert!(!files[0]["findings"].as_array().unwrap().is_empty());
    assert!(files[1]["error"].as_str().unwrap().contains(DAMAGED));
    assert_eq!(json["summary"]["unreadable"], 1);
    assert_eq!(json["summary"]["files"], 2);
}
