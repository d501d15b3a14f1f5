//! The editor shows 建议得分 beside each 得分 of a self-evaluation, computed as the actual
//! value is typed, and the suggested total beside 总分.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui_kittest::kittest::Queryable;
use std::path::Path;
use ui_support::{indicator_cell, rig};

fn yongde() -> jixiao::model::Workbook {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/other-forms/yunnan-yongde-2022-selfeval.txt");
    jixiao::import::import_bytes(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn each_score_has_its_suggested_score_beside_it_and_it_follows_the_actual_value() {
    let mut rig = rig(yongde());
    assert!(
        rig.harness.query_by_label("建议得分").is_some(),
        "the column heading"
    );
    let shows = |rig: &ui_support::Rig, row: &str, score: &str| {
        let name = format!("{row} 建议得分：{score}");
        rig.harness.query_by_label(&name).is_some()
    };
    assert!(
        shows(&rig, "产出指标/时效指标/第1行", "10"),
        "资金到位及时率 reached"
    );
    assert!(
        shows(&rig, "效益指标/社会效益 指标/第1行", "0"),
        "政策知晓率 ＝100% missed"
    );
    assert!(
        shows(&rig, "效益指标/经济效益 指标/第1行", "8–10"),
        "a qualitative band"
    );
    // Typing the actual value recomputes the suggestion.
    let actual = indicator_cell("产出指标/时效指标", 1, "实际完成值");
    rig.type_into(&actual, "90%");
    assert!(shows(&rig, "产出指标/时效指标/第1行", "9"));
    assert!(rig.harness.query_by_label_contains("建议总分：").is_some());
}
