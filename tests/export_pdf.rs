//! The PDF for printing: every table on its own pages with its text readable back out, long
//! tables over several pages with the heading repeated, the same bytes every time, and
//! `jixiao export X -o out.pdf`.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::export::pdf::workbook_pdf;
use jixiao::import::import_text;
use jixiao::model::{Indicator, Record, Workbook};
use std::path::{Path, PathBuf};

const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "qinglong-2025",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
];

/// Other offices' forms: a target table, a national self-evaluation, the 一体化 flat list, a
/// Sichuan self-evaluation and a Zhejiang target table.
const OTHER_FORMS: [&str; 5] = [
    "anhui-jinzhai-2024-target",
    "beijing-haidian-2016-selfeval",
    "neimenggu-zhalaiteqi-2025-flat",
    "sichuan-anju-2021-selfeval",
    "zhejiang-linhai-2024-target",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.txt"))
}

fn imported(path: &Path) -> Workbook {
    let text = std::fs::read_to_string(path).expect("the fixture reads");
    import_text(&text)
}

fn pdf(workbook: &Workbook) -> Vec<u8> {
    workbook_pdf(workbook).expect("the PDF is made")
}

/// The text of every page, as a reader would get it out.
fn page_texts(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf).expect("the PDF reads back")
}

/// The pages in the PDF's page tree.
fn page_count(pdf: &[u8]) -> usize {
    pdf_extract::Document::load_mem(pdf)
        .expect("the PDF parses")
        .get_pages()
        .len()
}

/// Text without white space: wrapping splits names over lines.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Every table's indicator names appear in the PDF's text, and there is a page per table at
/// least.
fn assert_printed(name: &str, workbook: &Workbook) {
    assert!(!workbook.records.is_empty(), "{name}: no tables");
    let bytes = pdf(workbook);
    let pages = page_count(&bytes);
    assert!(
        pages >= workbook.records.len(),
        "{name}: {pages} pages for {} tables",
        workbook.records.len()
    );
    let text = squeezed(&page_texts(&bytes).concat());
    for record in &workbook.records {
        for (_, _, _, indicator) in record.indicators() {
            let wanted = squeezed(&indicator.name);
            assert!(
                text.contains(&wanted),
                "{name}: 「{}」 is not in the PDF's text",
                indicator.name
            );
        }
    }
}

#[test]
fn every_sample_prints_every_table_with_every_indicator_name() {
    for name in SAMPLES {
        assert_printed(name, &imported(&fixture(name)));
    }
}

#[test]
fn other_offices_forms_print_every_indicator_name() {
    for name in OTHER_FORMS {
        assert_printed(name, &imported(&fixture(&format!("other-forms/{name}"))));
    }
}

#[test]
fn every_page_says_its_number_out_of_the_whole_documents() {
    let bytes = pdf(&imported(&fixture("pingluo-2024")));
    let texts = page_texts(&bytes);
    assert_eq!(texts.len(), page_count(&bytes));
    for (i, text) in texts.iter().enumerate() {
        let footer = format!("第{}页/共{}页", i + 1, texts.len());
        assert!(squeezed(text).contains(&footer), "page {}: {text}", i + 1);
    }
}

#[test]
fn each_table_starts_on_a_new_page() {
    let workbook = imported(&fixture("qinglong-2025"));
    let one = |record: &Record| {
        page_count(&pdf(&Workbook {
            records: vec![record.clone()],
        }))
    };
    let apart: usize = workbook.records.iter().take(4).map(one).sum();
    let together = Workbook {
        records: workbook.records.iter().take(4).cloned().collect(),
    };
    assert_eq!(page_count(&pdf(&together)), apart);
}

#[test]
fn an_empty_workbook_is_one_page_saying_so() {
    let bytes = pdf(&Workbook::default());
    assert_eq!(page_count(&bytes), 1);
    assert!(page_texts(&bytes)[0].contains("没有项目表"));
}

/// The first table of the coded county sample, whose heading reads `一级指标`.
fn county_record() -> Record {
    let workbook = imported(&fixture("pingluo-2024"));
    workbook.records.into_iter().next().expect("a table")
}

#[test]
fn a_table_without_indicators_is_one_page() {
    let mut record = county_record();
    record.groups.clear();
    let bytes = pdf(&Workbook {
        records: vec![record],
    });
    assert_eq!(page_count(&bytes), 1);
}

#[test]
fn a_cell_of_five_thousand_characters_runs_over_pages_without_losing_text() {
    let mut record = county_record();
    let long: String = "按照三年一轮原则完成高标准农田建设，灌排设施配套率≥95%；"
        .chars()
        .cycle()
        .take(5000)
        .collect();
    record.groups[0].groups[0].indicators[0].name = long.clone();
    record.header.goal = long.clone();
    let bytes = pdf(&Workbook {
        records: vec![record],
    });
    let texts = page_texts(&bytes);
    assert!(texts.len() >= 3, "{} pages", texts.len());
    assert_eq!(texts.len(), page_count(&bytes));
    // Page breaks put the footer and the repeated labels between the parts of the long cells,
    // so count characters: no line may be lost at a break.
    let text = squeezed(&texts.concat());
    for c in "按照三年一轮原则完成高标准农田建设灌排设施配套率".chars() {
        let wanted = 2 * long.matches(c).count();
        assert!(text.matches(c).count() >= wanted, "「{c}」 lost");
    }
    let (head, tail): (String, String) = (
        long.chars().take(30).collect(),
        long.chars().skip(4970).collect(),
    );
    assert!(text.contains(&squeezed(&head)) && text.contains(&squeezed(&tail)));
}

#[test]
fn a_table_of_five_hundred_indicators_repeats_its_heading_on_every_page() {
    let mut record = county_record();
    let group = &mut record.groups[0].groups[0];
    group.indicators = (1..=500)
        .map(|i| Indicator::new(format!("第{i}项参保覆盖行政村"), format!("{i} 个")))
        .collect();
    let bytes = pdf(&Workbook {
        records: vec![record],
    });
    let texts = page_texts(&bytes);
    // 500 one-line rows of 18.6 points on pages of 750: 13 pages, give or take the header.
    assert!((12..=16).contains(&texts.len()), "{} pages", texts.len());
    for (i, text) in texts.iter().enumerate() {
        assert!(text.contains("一级指标"), "page {}: no heading", i + 1);
        // The first-level cell merged down all 500 rows is drawn, label and all, on each page.
        assert!(text.contains("产出指标"), "page {}: no merged label", i + 1);
    }
    let all = squeezed(&texts.concat());
    for i in [1, 250, 500] {
        assert!(all.contains(&format!("第{i}项参保覆盖行政村")), "row {i}");
    }
}

#[test]
fn the_same_workbook_gives_the_same_bytes() {
    let workbook = imported(&fixture("zhongwei-selfeval-2024"));
    assert_eq!(pdf(&workbook), pdf(&workbook));
}

#[test]
fn export_to_a_pdf_name_writes_a_pdf() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("表.pdf");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .arg("export")
        .arg(fixture("pingluo-2024"))
        .arg("-o")
        .arg(&out)
        .status()
        .expect("the jixiao binary runs");
    assert!(status.success());
    let bytes = std::fs::read(&out).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn a_pdf_that_cannot_be_written_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("没有的文件夹").join("表.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .arg("export")
        .arg(fixture("pingluo-2024"))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("the jixiao binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
}
