//! Comparing two versions of a workbook (比较): an imported draft against the corrected copy
//! lists exactly the corrections.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::model::{Indicator, Level2, Place, Record, Workbook};
use jixiao::workflow::{MatchedBy, diff};
use std::path::Path;

fn draft() -> Workbook {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pingluo-2026.txt");
    jixiao::import::import_text(&std::fs::read_to_string(path).expect("fixture"))
}

/// The (first-level, second-level) indices of the group of `category` in `record`.
fn group(record: &Record, category: Level2) -> (usize, usize) {
    for (i, g1) in record.groups.iter().enumerate() {
        for (j, g2) in g1.groups.iter().enumerate() {
            if g2.category == category {
                return (i, j);
            }
        }
    }
    panic!("no {category:?} group")
}

/// The draft with a reviewer's corrections: a value, a table's name, an indicator moved to
/// another group, one added and one deleted, a header field.
fn corrected(draft: &Workbook) -> Workbook {
    let mut b = draft.clone();
    b.records[0].groups[0].groups[0].indicators[0].value = "2 次".into();
    b.records[1].header.name = "构建和谐劳动关系工作经费".into();
    let r = &mut b.records[3];
    let (i, j) = group(r, Level2::Quality);
    let at = r.groups[i].groups[j]
        .indicators
        .iter()
        .position(|x| x.name == "年内劳动用工投诉新增")
        .unwrap();
    let moved = r.groups[i].groups[j].indicators.remove(at);
    let (i, j) = group(r, Level2::Social);
    r.groups[i].groups[j].indicators.push(moved);
    let r = &mut b.records[4];
    let (i, j) = group(r, Level2::Quantity);
    let list = &mut r.groups[i].groups[j].indicators;
    list.retain(|x| x.name != "享受高校毕业生生活补贴人数");
    list.push(Indicator::new("新增就业人数", "≥100人"));
    b.records[5].header.department = "平罗县就业创业服务中心".into();
    b
}

#[test]
fn a_corrected_draft_lists_exactly_the_corrections() {
    let a = draft();
    let b = corrected(&a);
    let found = diff(&a, &b);
    let lines: Vec<String> = found.entries().into_iter().map(|e| e.text).collect();
    let department = &a.records[5].header.department;
    assert_eq!(
        lines,
        [
            "项目「人事制度改革、招聘事业单位人员工作经费」：指标「指标 1：完成年度事业单位工作人员招聘次数」指标值由「1 次」改为「2 次」".to_string(),
            "项目「构建和谐劳动关系工作经费」：项目名称由「构建和谐劳动关系及专业技术人才知识更新工作经费」改为「构建和谐劳动关系工作经费」".into(),
            "项目「劳动仲裁机构管理服务能力提升工作经费」：指标「年内劳动用工投诉新增」由「产出指标/质量指标」移到「效益指标/社会效益指标」".into(),
            "项目「提前下达 2026 年中央及自治区就业补助资金」：新增指标「新增就业人数」（产出指标/数量指标，指标值「≥100人」）".into(),
            "项目「提前下达 2026 年中央及自治区就业补助资金」：删除指标「享受高校毕业生生活补贴人数」（产出指标/数量指标，指标值「2000 人」）".into(),
            format!("项目「提前下达 2026 年高校毕业生“三支一扶”计划中央及自治区补助资金」：主管部门由「{department}」改为「平罗县就业创业服务中心」"),
        ]
    );
    assert!(found.only_in_a.is_empty() && found.only_in_b.is_empty());
    assert_eq!(found.tables.len(), a.records.len());
}

#[test]
fn a_renamed_table_is_matched_by_its_indicators() {
    let a = draft();
    let b = corrected(&a);
    let found = diff(&a, &b);
    let renamed = found.tables.iter().find(|t| t.b == 1).unwrap();
    assert_eq!(renamed.a, 1);
    assert_eq!(renamed.matched_by, MatchedBy::Content);
    assert!(renamed.added.is_empty() && renamed.removed.is_empty());
    let by_name = found.tables.iter().find(|t| t.b == 0).unwrap();
    assert_eq!(by_name.matched_by, MatchedBy::Name);
}

#[test]
fn tables_of_one_version_only_are_listed_and_places_point_into_b() {
    let a = draft();
    let mut b = a.clone();
    let dropped = b.records.remove(2);
    let mut new = Record::blank(jixiao::layout::Layout::CountyForm, Some(2026));
    new.header.name = "新项目".into();
    b.records.push(new);
    let found = diff(&a, &b);
    assert_eq!(found.only_in_a.len(), 1);
    assert_eq!(found.only_in_a[0].name, dropped.header.name);
    assert_eq!(found.only_in_b[0].name, "新项目");
    let entries = found.entries();
    let last = entries.last().unwrap();
    assert_eq!(last.record, None);
    assert!(
        entries
            .iter()
            .any(|e| e.record == Some(b.records.len() - 1) && e.place == Place::Record)
    );
    let same = diff(&a, &a);
    assert!(same.is_empty());
    assert_eq!(same.report(), "两个版本没有差别\n");
}

#[test]
fn the_json_names_tables_and_their_changes() {
    let a = draft();
    let b = corrected(&a);
    let json = serde_json::to_value(diff(&a, &b)).unwrap();
    let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["only_in_a", "only_in_b", "tables"]);
    let table = &json["tables"][0];
    for key in [
        "a",
        "b",
        "name",
        "matched_by",
        "header",
        "added",
        "removed",
        "moved",
        "values",
    ] {
        assert!(table.get(key).is_some(), "{key}");
    }
    assert_eq!(table["values"][0]["old"], "1 次");
    assert_eq!(table["values"][0]["new"], "2 次");
    assert_eq!(json["tables"][1]["matched_by"], "content");
    assert_eq!(json["tables"][1]["header"][0]["label"], "项目名称");
    assert_eq!(json["tables"][3]["moved"][0]["to"], "效益指标/社会效益指标");
}
