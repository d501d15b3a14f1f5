//! Rolling a table forward (结转): exactly the budget year's dates move, every change is listed,
//! a self-evaluation becomes next year's target table.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::check::check_workbook;
use jixiao::layout::Layout;
use jixiao::model::{
    ClosingText, CostCell, HeaderField, IndicatorCell, IndicatorPath, MoneyCell, Place, Record,
    RecordKind, Workbook,
};
use jixiao::workflow::{Change, RolloverError, rollover};
use std::collections::BTreeSet;
use std::path::Path;

const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "qinglong-2025",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
];

fn sample(name: &str) -> Workbook {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{name}.txt"));
    let text = std::fs::read_to_string(path).expect("fixture");
    jixiao::import::import_text(&text)
}

/// Every place a record can hold text at, in both records (their trees are the same).
fn all_places(record: &Record) -> Vec<Place> {
    let mut places: Vec<Place> = HeaderField::TEXT.map(Place::Header).to_vec();
    places.extend((0..record.header.extra.len()).map(Place::HeaderExtra));
    places.extend(MoneyCell::ALL.map(Place::Money));
    places.push(Place::Closing(ClosingText::Grade));
    places.extend(ClosingText::AFTER_INDICATORS.map(Place::Closing));
    for line in 0..record.cost_lines.len() {
        places.extend(CostCell::ALL.map(|c| Place::Cost(line, c)));
    }
    let paths = |groups: &[jixiao::model::Level1Group]| {
        let mut out = Vec::new();
        for (level1, g1) in groups.iter().enumerate() {
            for (level2, g2) in g1.groups.iter().enumerate() {
                for row in 0..g2.indicators.len() {
                    out.push(IndicatorPath {
                        level1,
                        level2,
                        row,
                    });
                }
            }
        }
        out
    };
    for path in paths(&record.groups) {
        places.extend(IndicatorCell::ALL.map(|c| Place::Indicator(path, c)));
    }
    for path in paths(&record.medium_groups) {
        places.extend(IndicatorCell::ALL.map(|c| Place::MediumIndicator(path, c)));
    }
    places
}

/// Asserts that `after` differs from `before` only where `changes` say, field by field: every
/// cell that differs is listed with its old and new text, and with the listed cells, the year,
/// the title, the form and the one new note set aside, the records are equal.
fn assert_only_listed(before: &Record, after: &Record, changes: &[Change]) {
    let listed: BTreeSet<Place> = changes.iter().map(|c| c.place).collect();
    let (mut a, mut b) = (before.clone(), after.clone());
    for place in all_places(before) {
        let old = before.text_at(place).unwrap_or_default();
        let new = after.text_at(place).unwrap_or_default();
        if old != new {
            assert!(
                listed.contains(&place),
                "{place:?}: {old} → {new} not listed"
            );
            let change = changes.iter().find(|c| c.place == place).unwrap();
            assert_eq!((change.old.as_str(), change.new.as_str()), (old, new));
        }
        a.set_text_at(place, "");
        b.set_text_at(place, "");
    }
    let year = changes
        .iter()
        .find(|c| c.place == Place::Header(HeaderField::Year))
        .expect("the year is listed");
    assert_eq!(year.old, before.year.unwrap().to_string());
    assert_eq!(year.new, after.year.unwrap().to_string());
    let unplaced = |what: &str| {
        changes
            .iter()
            .any(|c| c.place == Place::Record && c.location == what)
    };
    if before.title != after.title {
        assert!(unplaced("标题"), "title change not listed");
    }
    if before.layout != after.layout || before.kind != after.kind {
        assert!(unplaced("表格格式"), "form change not listed");
        (a.layout, a.kind, a.columns) = (b.layout, b.kind, b.columns.clone());
        if a.evaluation.is_some() {
            assert!(b.evaluation.is_none());
            a.evaluation = None;
        }
    }
    assert_eq!(after.notes.len(), before.notes.len() + 1);
    (a.year, a.title) = (b.year, b.title.clone());
    b.notes.pop();
    if let (Some(ea), Some(eb)) = (a.evaluation.as_mut(), b.evaluation.as_ref()) {
        ea.scoring_method.clone_from(&eb.scoring_method);
    }
    assert_eq!(a, b);
}

/// Whether `new` is `old` with every year `from` (and `from + 1`) written one year later.
fn moved_one_year(old: &str, new: &str, from: i32) -> bool {
    let years =
        |s: &str, a: i32, b: i32| s.replace(&a.to_string(), "@").replace(&b.to_string(), "#");
    // Shift the later year first so `2026 → 2027` and `2027 → 2028` do not collide.
    let back = new
        .replace(&(from + 2).to_string(), "#")
        .replace(&(from + 1).to_string(), "@");
    years(old, from, from + 1) == back
}

fn date_year_places(workbook: &Workbook) -> BTreeSet<(usize, Place)> {
    check_workbook(workbook)
        .into_iter()
        .filter(|f| f.code == "date-year")
        .map(|f| (f.record, f.place))
        .collect()
}

#[test]
fn every_sample_rolls_forward_moving_only_its_budget_years_dates() {
    for name in SAMPLES {
        let workbook = sample(name);
        let mut rolled = Workbook::default();
        let mut every_date_change = Vec::new();
        for record in &workbook.records {
            let Some(from) = record.year else {
                continue;
            };
            let (after, changes) = rollover(record, from + 1).expect("rolls");
            assert_eq!(after.year, Some(from + 1));
            assert_only_listed(record, &after, &changes);
            for change in changes.iter().filter(|c| !c.new.is_empty()) {
                if change.location == "表格格式" || change.place == Place::Header(HeaderField::Year)
                {
                    continue;
                }
                let title_form = change.old.replace("自评表", "目标表");
                assert!(
                    moved_one_year(&title_form, &change.new, from),
                    "{name}: {}",
                    change.message()
                );
                every_date_change.push((change.old.clone(), change.new.clone()));
            }
            rolled.records.push(after);
        }
        assert!(!every_date_change.is_empty(), "{name}: no date moved");
        let before: Workbook = Workbook {
            records: workbook
                .records
                .iter()
                .filter(|r| r.year.is_some())
                .cloned()
                .collect(),
        };
        let new_findings = date_year_places(&rolled);
        let old_findings = date_year_places(&before);
        assert!(
            new_findings.is_subset(&old_findings),
            "{name}: new date-year findings {:?}",
            new_findings.difference(&old_findings).collect::<Vec<_>>()
        );
    }
}

fn changed(name: &str, index: usize, to: i32) -> Vec<(String, String)> {
    let workbook = sample(name);
    let (_, changes) = rollover(&workbook.records[index], to).unwrap();
    changes.into_iter().map(|c| (c.old, c.new)).collect()
}

#[test]
fn deadlines_in_values_move_with_their_spacing_kept() {
    let all: Vec<_> = (0..sample("pingluo-2026").records.len())
        .flat_map(|i| changed("pingluo-2026", i, 2027))
        .collect();
    assert!(all.contains(&("2026 年 12 月底".into(), "2027 年 12 月底".into())));
    assert!(all.contains(&("2026 年 12 月前".into(), "2027 年 12 月前".into())));
    assert!(all.contains(&("2026 年 9 月".into(), "2027 年 9 月".into())));
}

#[test]
fn spans_of_years_and_base_years_in_a_document_stay() {
    let workbook = sample("qinglong-2025");
    let texts = |w: &Workbook| {
        w.records
            .iter()
            .flat_map(|r| {
                all_places(r)
                    .into_iter()
                    .filter_map(|p| r.text_at(p).map(str::to_owned))
            })
            .collect::<Vec<_>>()
    };
    let (rolled, _) = jixiao::workflow::rollover_workbook(&workbook, 2026).unwrap();
    let after = texts(&rolled).join("\n");
    let before = texts(&workbook).join("\n");
    assert!(before.contains("2024年-2025年虚账记实"));
    assert!(after.contains("2024年-2025年虚账记实"), "a span stays");
    assert!(after.contains("2026年工作计划"), "the year's plan moves");
    assert!(after.contains("2026 年 12 月 27 日"));
    assert!(!after.contains("2025 年 12 月 27 日"));
}

#[test]
fn a_policy_year_a_base_year_and_a_later_milestone_stay() {
    let mut record = Record::blank(Layout::CountyForm, Some(2026));
    record.header.name = "农村公路养护".into();
    record.header.goal =
        "依据2019年出台的《养护办法》和2021—2025年规划，2026年底前完成养护，较2025年增长5%，2028年6月全线贯通。"
            .into();
    record.groups[0].groups[2]
        .indicators
        .push(jixiao::model::Indicator::new("完成时间", "2026年6月30日前"));
    record.groups[0].groups[2]
        .indicators
        .push(jixiao::model::Indicator::new("验收时间", "2027年1月1日前"));
    let (after, changes) = rollover(&record, 2027).unwrap();
    assert_eq!(
        after.header.goal,
        "依据2019年出台的《养护办法》和2021—2025年规划，2027年底前完成养护，较2025年增长5%，2028年6月全线贯通。"
    );
    let values: Vec<_> = after
        .indicators()
        .map(|(_, _, _, i)| i.value.as_str())
        .collect();
    assert_eq!(values, ["2027年6月30日前", "2028年1月1日前"]);
    assert_eq!(changes.len(), 4, "{changes:#?}");
    assert_only_listed(&record, &after, &changes);
    assert_eq!(
        after.notes.last().map(|n| n.action.as_str()),
        Some("由 2026 年度结转到 2027 年度")
    );
}

#[test]
fn a_self_evaluation_becomes_a_target_table_with_scores_cleared() {
    let workbook = sample("zhongwei-selfeval-2024");
    let record = &workbook.records[0];
    assert_eq!(record.kind, RecordKind::SelfEvaluation);
    let (after, changes) = rollover(record, 2025).unwrap();
    assert_eq!(after.kind, RecordKind::Target);
    assert_eq!(after.layout, Layout::NationalTarget);
    assert!(after.evaluation.is_none());
    assert!(after.header.goal_result.is_empty());
    assert!(after.title.contains("目标表") && !after.title.contains("自评表"));
    for ((_, _, _, old), (_, _, _, new)) in record.indicators().zip(after.indicators()) {
        assert_eq!(new.score.text(), "");
        assert_eq!(
            new.weight, old.weight,
            "weights stay: the target form has 权重"
        );
        assert_eq!(new.name, old.name);
    }
    let cleared_scores = changes
        .iter()
        .filter(|c| {
            matches!(c.place, Place::Indicator(_, IndicatorCell::Score)) && c.new.is_empty()
        })
        .count();
    assert_eq!(cleared_scores, record.indicator_count());
    assert!(
        changes
            .iter()
            .any(|c| c.location == "得分计算方法" && c.new.is_empty())
    );
    assert!(
        changes
            .iter()
            .any(|c| c.place == Place::Money(MoneyCell::TotalScore))
    );
    assert_only_listed(record, &after, &changes);
}

#[test]
fn a_year_out_of_range_or_not_later_is_refused() {
    let record = Record::blank(Layout::CountyForm, Some(2026));
    assert_eq!(
        rollover(&record, 99999).unwrap_err(),
        RolloverError::YearOutOfRange(99999)
    );
    assert!(matches!(
        rollover(&record, 2025),
        Err(RolloverError::NotLater {
            from: 2026,
            to: 2025,
            ..
        })
    ));
    let no_year = Record::blank(Layout::CountyForm, None);
    assert!(matches!(
        rollover(&no_year, 2027),
        Err(RolloverError::NoYear(_))
    ));
    assert!(
        rollover(&record, i32::MAX)
            .unwrap_err()
            .to_string()
            .contains("1900")
    );
}
