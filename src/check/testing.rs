//! Records built in code for the rules' tests: a sound table of each layout, and ways to add
//! indicators and read back the findings of one rule.

use super::{Finding, check_record};
use crate::layout::Layout;
use crate::model::{
    Amount, Funding, Indicator, IndicatorPath, Level1, Level1Group, Level2, Level2Group, Record,
};

/// A table of `layout` for 2026 whose header is complete, with `amount` in the layout's unit and
/// no indicators.
pub(crate) fn bare(layout: Layout, amount: &str) -> Record {
    let mut record = Record::blank(layout, Some(2026));
    for group in &mut record.groups {
        group.groups.clear();
    }
    let h = &mut record.header;
    h.name = "人事制度改革工作经费".into();
    h.code = "13032125P0086ET100033".into();
    h.department = "平罗县人力资源和社会保障局".into();
    h.implementer = "平罗县人力资源和社会保障局".into();
    h.project_kind = "常年性项目".into();
    h.duration = "1年".into();
    h.office = "社会保障室".into();
    h.amount = Amount::new(amount);
    h.goal = "完成年度事业单位工作人员招聘以及岗前培训。".into();
    if let Funding::Hebei(f) = &mut record.funding {
        f.fiscal = Amount::new(amount);
    }
    if let Some(plan) = &mut record.spending_plan {
        plan.december = Amount::new(amount);
    }
    record
}

/// A complete, correct table of `layout`: every required category has an indicator and the one
/// cost line equals the amount (20 万元, written in the layout's unit).
pub(crate) fn sound(layout: Layout) -> Record {
    let amount = match layout.default_unit() {
        crate::model::MoneyUnit::Yuan => "200000",
        crate::model::MoneyUnit::TenThousandYuan => "20",
    };
    let mut record = bare(layout, amount);
    push(&mut record, Level2::Quantity, "招聘次数", "1次");
    push(&mut record, Level2::Quality, "招聘完成率", "100%");
    push(&mut record, Level2::Timeliness, "完成时间", "2026年9月");
    push_under(
        &mut record,
        Level1::Output,
        Level2::Cost,
        "培训费用",
        "20万元",
    );
    push(&mut record, Level2::Social, "就业率", "稳步提升");
    push(&mut record, Level2::Satisfaction, "满意度", "≥95%");
    if let Some(e) = &mut record.evaluation {
        for (row, text) in [
            (&mut e.total, amount),
            (&mut e.fiscal, amount),
            (&mut e.other, "0"),
        ] {
            row.initial_budget = Amount::new(text);
            row.full_year_budget = Amount::new(text);
            row.executed = Amount::new(text);
        }
        e.total_score = Amount::new("100");
        for (group, weight) in record.groups.iter_mut().zip(["40", "40", "20"]) {
            group.weight = Amount::new(weight);
            group.label = format!("{} ({weight}分)", group.category.canonical_name());
        }
        let weights = ["10", "10", "10", "10", "40", "20"];
        let rows = record
            .groups
            .iter_mut()
            .flat_map(|g| &mut g.groups)
            .flat_map(|g| &mut g.indicators);
        for (indicator, weight) in rows.zip(weights) {
            indicator.weight = Amount::new(weight);
            indicator.score = Amount::new(weight);
        }
    }
    record
}

/// Adds an indicator under `level2` and the first-level group it belongs to in the record's
/// scheme, creating the groups when missing.
pub(crate) fn push(record: &mut Record, level2: Level2, name: &str, value: &str) -> IndicatorPath {
    let level1 = level2.parent(record.scheme);
    push_under(record, level1, level2, name, value)
}

/// Adds an indicator under the groups of `level1`/`level2`, creating them when missing.
pub(crate) fn push_under(
    record: &mut Record,
    level1: Level1,
    level2: Level2,
    name: &str,
    value: &str,
) -> IndicatorPath {
    let i1 = match record.groups.iter().position(|g| g.category == level1) {
        Some(i) => i,
        None => {
            record.groups.push(Level1Group::new(level1));
            record.groups.len() - 1
        }
    };
    let groups = &mut record.groups[i1].groups;
    let i2 = match groups.iter().position(|g| g.category == level2) {
        Some(i) => i,
        None => {
            groups.push(Level2Group::new(level2));
            groups.len() - 1
        }
    };
    let indicators = &mut groups[i2].indicators;
    indicators.push(Indicator::new(name, value));
    IndicatorPath {
        level1: i1,
        level2: i2,
        row: indicators.len() - 1,
    }
}

/// The findings of rule `code` on `record`.
pub(crate) fn findings(record: &Record, code: &str) -> Vec<Finding> {
    check_record(record, 0)
        .into_iter()
        .filter(|f| f.code == code)
        .collect()
}

/// The messages of rule `code` on `record`.
pub(crate) fn messages(record: &Record, code: &str) -> Vec<String> {
    findings(record, code)
        .into_iter()
        .map(|f| f.message)
        .collect()
}
