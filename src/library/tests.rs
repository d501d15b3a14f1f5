use super::*;
use crate::layout::Layout;
use crate::model::{Indicator, Record};

#[test]
fn the_builtin_library_parses() {
    let text = include_str!("../../assets/indicator-library.ron");
    assert!(Library::parse(text).is_ok());
}

#[test]
fn the_library_suggests_values_for_each_second_level_group() {
    let library = Library::builtin();
    for level2 in Level2::ALL {
        let entries = library.entries(level2);
        assert!(!entries.is_empty(), "{level2:?}");
        assert!(
            entries.iter().all(|e| !e.value.trim().is_empty()),
            "{level2:?}"
        );
    }
    let find = |level2, name: &str| {
        Library::suggest(&[library], level2, name, 20)
            .into_iter()
            .chain(library.entries(level2).iter().filter(|e| e.name == name))
            .find(|e| e.name == name)
            .map(|e| e.value_for(Some(2027)))
    };
    assert_eq!(find(Level2::Quality, "资金到位率").as_deref(), Some("≥95%"));
    assert_eq!(
        find(Level2::Timeliness, "项目完成时间").as_deref(),
        Some("2027年12月底前")
    );
    assert_eq!(
        find(Level2::Satisfaction, "服务对象满意度").as_deref(),
        Some("≥90%")
    );
    assert_eq!(
        find(Level2::Quantity, "培训人次").as_deref(),
        Some("≥1000人次")
    );
}

#[test]
fn every_builtin_value_reads_with_the_value_grammar() {
    for level2 in Level2::ALL {
        for entry in Library::builtin().entries(level2) {
            let value = crate::value::parse(&entry.value_for(Some(2026)));
            assert_ne!(
                value.kind,
                crate::value::ValueKind::Unparsed,
                "{}",
                entry.value
            );
        }
    }
}

#[test]
fn the_workbook_teaches_its_names_with_their_most_common_value() {
    let mut record = Record::blank(Layout::CountyForm, Some(2026));
    let quality = &mut record.groups[0].groups[1].indicators;
    quality.push(Indicator::new("档案验收合格率", "≥98%"));
    quality.push(Indicator::new("档案验收合格率", "≥98%"));
    quality.push(Indicator::new("档案验收合格率", "100%"));
    quality.push(Indicator::new("设备完好率", "≥90%"));
    let learned = Library::learn(&Workbook {
        records: vec![record],
    });
    let entries = learned.entries(Level2::Quality);
    assert_eq!(entries[0].name, "档案验收合格率");
    assert_eq!(entries[0].value, "≥98%");
    let offered = Library::suggest(
        &[&learned, Library::builtin()],
        Level2::Quality,
        "合格率",
        5,
    );
    assert_eq!(offered[0].name, "档案验收合格率");
    assert!(offered.iter().any(|e| e.name == "验收合格率"));
}

#[test]
fn a_library_file_in_the_wrong_format_says_why() {
    assert!(matches!(
        Library::parse("(groups: 1)"),
        Err(LibraryError::Format(_))
    ));
    let unknown = r#"(groups: [(group: "其他", indicators: [])])"#;
    assert!(matches!(
        Library::parse(unknown),
        Err(LibraryError::UnknownGroup(_))
    ));
    let missing = Library::from_file(Path::new("/no/such/file.ron"));
    assert!(
        missing
            .unwrap_err()
            .to_string()
            .starts_with("无法读取指标库文件")
    );
}
