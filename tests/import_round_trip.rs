//! Import → canonical export → import gives the same workbook, for every table of every sample;
//! and the canonical text needs no repairs, so its re-import has no notes.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod import_support;

use import_support::{SAMPLES, text};
use jixiao::export::workbook_text;
use jixiao::import::import_text;

#[test]
fn every_sample_survives_export_and_import_unchanged() {
    for name in SAMPLES {
        let first = import_text(&text(name));
        let canonical = workbook_text(&first);
        let second = import_text(&canonical);
        assert_eq!(second.records.len(), first.records.len(), "{name}");
        for (i, (a, b)) in first.records.iter().zip(&second.records).enumerate() {
            let (mut a, mut b) = (a.clone(), b.clone());
            a.notes.clear();
            b.notes.clear();
            assert_eq!(a, b, "{name} table {i}");
        }
        // Canonical text writes each group label once, above its rows, like the official form:
        // that is how merged cells look, not damage, and the importer has nothing to report.
        for (i, record) in second.records.iter().enumerate() {
            assert_eq!(record.notes, [], "{name} table {i}");
        }
        assert_eq!(
            workbook_text(&second),
            canonical,
            "{name}: export of the re-import differs"
        );
    }
}

#[test]
fn groups_the_document_did_not_name_survive_the_round_trip() {
    let source = "部门项目支出预算绩效目标表 1\n(2026年)\n项目名称\t甲\t\t\n主管部门\t乙\t实施单位\t丙\n\
        项目属性\t常年性项目\t项目期限\t1年\n资金主管处(科、股)室\t社会保障室\t项目年度金额(元)\t1000\n\
        项目年度绩效目标\t目标\t\t\n一级绩效指标\t二级绩效指标\t\t绩效值\n\
        \t\t无标签的行\t1次\n产出指标\t\t只有一级的行\t2次\n\t数量指标\t正常的行\t3次\n";
    let first = import_text(source);
    let labels: Vec<(&str, &str)> = first.records[0]
        .indicators()
        .map(|(_, g1, g2, _)| (g1.label.as_str(), g2.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("其他指标", "其他指标"),
            ("产出指标", "其他指标"),
            ("产出指标", "数量指标")
        ]
    );
    let mut second = import_text(&workbook_text(&first));
    let mut first = first;
    for record in first.records.iter_mut().chain(second.records.iter_mut()) {
        record.notes.clear();
    }
    assert_eq!(second, first);
}
