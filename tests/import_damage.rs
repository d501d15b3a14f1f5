//! Damage a person or an extraction does to single rows of the real samples — cells swapped,
//! a leading tab lost — and what the importer makes of it: the record it should have been, and
//! a note saying what was seen and done.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod import_support;

use import_support::text;
use jixiao::import::import_text;
use jixiao::model::{Indicator, Record};

/// The sample with its 1-based `line` replaced.
fn with_line(name: &str, line: usize, replacement: &str) -> String {
    let source = text(name);
    let mut lines: Vec<&str> = source.split('\n').collect();
    lines[line - 1] = replacement;
    lines.join("\n")
}

/// The record of the project named `project`.
fn record(text: &str, project: &str) -> Record {
    import_text(text)
        .records
        .into_iter()
        .find(|r| r.header.name.contains(project))
        .unwrap()
}

fn indicator<'r>(record: &'r Record, name: &str) -> &'r Indicator {
    record
        .indicators()
        .map(|(_, _, _, i)| i)
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("no indicator {name}"))
}

fn notes_on(record: &Record, line: usize) -> Vec<&str> {
    record
        .notes
        .iter()
        .filter(|n| n.line == line)
        .map(|n| n.action.as_str())
        .collect()
}

#[test]
fn a_name_and_value_written_the_wrong_way_round_are_swapped_back_with_a_note() {
    let source = text("pingluo-2026");
    assert!(
        source
            .split('\n')
            .nth(43)
            .unwrap()
            .contains("工伤案件结案率")
    );
    let damaged = with_line(
        "pingluo-2026",
        44,
        "\t质量指标\t100%\t指标 2: 工伤案件结案率",
    );
    let r = record(&damaged, "构建和谐劳动关系");
    assert_eq!(indicator(&r, "指标 2: 工伤案件结案率").value, "100%");
    let notes = notes_on(&r, 44);
    assert!(notes.iter().any(|n| n.contains("写反")), "{notes:?}");
    let original = record(&source, "构建和谐劳动关系");
    assert_eq!(r.groups, original.groups);
}

#[test]
fn a_target_in_the_hebei_basis_column_changes_places_with_its_document() {
    let line = 1242;
    let damaged = with_line(
        "qinglong-2025",
        line,
        "\t质量指标\t就业见习补贴到位率\t反应就业见习补贴发放率\t秦财社 [2019]133 号\t≥95%\t",
    );
    let r = record(&damaged, "就业专项资金县级配套");
    let i = indicator(&r, "就业见习补贴到位率");
    assert_eq!(
        (i.value.as_str(), i.basis.as_str()),
        ("≥95%", "秦财社 [2019]133 号")
    );
    let notes = notes_on(&r, line);
    assert!(notes.iter().any(|n| n.contains("写反")), "{notes:?}");
}

#[test]
fn a_page_break_tail_that_lost_a_leading_cell_continues_the_basis_not_a_whole_value() {
    // Line 806 continues the basis `冀政发[2015]43 号` of line 803 after the page break; here
    // it lost one leading tab and stands in the 指标值 column under the complete `≥2.6%`.
    let line = 806;
    let tail = "河北省人民政府关于机关事业单位工作人员养老保险制度改革实施意见";
    assert_eq!(
        text("qinglong-2025").split('\n').nth(line - 1).unwrap(),
        format!("\t\t\t\t\t{tail}")
    );
    let damaged = with_line("qinglong-2025", line, &format!("\t\t\t\t{tail}"));
    let r = record(&damaged, "财政对机关事业单位养老保险的补助");
    let i = indicator(&r, "保证机关事业单位退休人员生活水平");
    assert_eq!(i.value, "≥2.6%");
    assert_eq!(i.basis, format!("冀政发[2015]43 号{tail}"));
    let notes = notes_on(&r, line);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("已完整") && n.contains("指标值确定依据")),
        "{notes:?}"
    );
}

#[test]
fn a_december_row_that_starts_in_the_label_column_is_read_and_noted() {
    // Lines 645 and 1237: `12月底` lost the empty cell under the merged 资金支出计划 label.
    let workbook = import_text(&text("qinglong-2025"));
    for (project, line, december) in [
        ("事业单位公开招聘经费", 645, "3.50"),
        ("就业专项资金县级配套", 1237, "50.00"),
    ] {
        let r = workbook
            .records
            .iter()
            .find(|r| r.header.name.contains(project))
            .unwrap();
        assert_eq!(r.spending_plan.as_ref().unwrap().december.text(), december);
        let notes = notes_on(r, line);
        assert!(
            notes.iter().any(|n| n.contains("12月底")),
            "{project}: {notes:?}"
        );
    }
}

#[test]
fn a_scoring_method_split_over_two_rows_is_joined_with_a_note() {
    // Lines 90 and 94: the merged 得分计算方法 cell starts on one row and goes on four rows down.
    let workbook = import_text(&text("zhongwei-selfeval-2024"));
    let r = workbook
        .records
        .iter()
        .find(|r| r.header.name.contains("社会保障卡补卡制作费"))
        .unwrap();
    let method = &r.evaluation.as_ref().unwrap().scoring_method;
    assert!(method.starts_with("1.若为定性指标"), "{method}");
    assert!(method.ends_with("该指标分值记分。"), "{method}");
    let notes = notes_on(r, 94);
    assert!(
        notes.iter().any(|n| n.contains("得分计算方法")),
        "{notes:?}"
    );
}

#[test]
fn a_hebei_row_that_lost_its_description_cell_is_put_back_with_a_note() {
    let line = 1242;
    let damaged = with_line(
        "qinglong-2025",
        line,
        "\t质量指标\t就业见习补贴到位率\t≥95%\t秦财社 [2019]133 号\t",
    );
    let r = record(&damaged, "就业专项资金县级配套");
    let i = indicator(&r, "就业见习补贴到位率");
    assert_eq!(
        (i.description.as_str(), i.value.as_str(), i.basis.as_str()),
        ("", "≥95%", "秦财社 [2019]133 号")
    );
    let notes = notes_on(&r, line);
    assert!(
        notes.iter().any(|n| n.contains("缺少「绩效指标描述」")),
        "{notes:?}"
    );
}

#[test]
fn a_shifted_total_row_without_a_total_is_noted_as_empty() {
    // Lines 75 and 147: `\t总分\t\t\t\t\t\t` — shifted right, and no total written.
    let workbook = import_text(&text("zhongwei-selfeval-2024"));
    for (project, line) in [("全额供款", 75), ("工伤保险调查核实费", 147)] {
        let r = workbook
            .records
            .iter()
            .find(|r| r.header.name.contains(project))
            .unwrap();
        assert_eq!(r.evaluation.as_ref().unwrap().total_score.text(), "");
        let notes = notes_on(r, line);
        assert_eq!(notes, ["「总分」行右移，总分单元格为空"], "{project}");
    }
}

#[test]
fn labels_that_moved_alone_are_not_noted_as_a_shifted_row() {
    // Line 778: the two labels stand one column right, over the name; description, value and
    // basis stay in their own columns, and the name is missing.
    let workbook = import_text(&text("qinglong-2025"));
    let r = workbook
        .records
        .iter()
        .find(|r| r.header.name.contains("退休人员社会化管理服务费"))
        .unwrap();
    let i = r
        .indicators()
        .map(|(_, _, _, i)| i)
        .find(|i| i.value == "≥1年")
        .unwrap();
    assert_eq!(i.name, "");
    assert!(i.description.starts_with("通过认证"));
    let notes = notes_on(r, 778);
    assert!(notes.iter().all(|n| !n.contains("整行错位")), "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("只有分组标签错位") && n.contains("名称缺失")),
        "{notes:?}"
    );
}
