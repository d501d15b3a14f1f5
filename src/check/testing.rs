//! Records built in code for the rules' tests: a sound table of each layout, and ways to add
//! indicators and read back the findings of one rule.

use super::{Finding, check_record};
use crate::layout::{Layout, MoneyTable};
use crate::model::{
    Amount, Funding, ImportNote, Indicator, IndicatorCell, IndicatorColumn, IndicatorPath, Level1,
    Level1Group, Level2, Level2Group, Record,
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
/// cost line equals the amount (20 万元, written in the layout's unit). Forms that split the
/// target write it split (`≥ | 95 | %`); a national self-evaluation gives its 执行率 row 10
/// points and the indicators 90.
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
    if layout.form().has_column(IndicatorCell::Target) {
        let rows = record
            .groups
            .iter_mut()
            .flat_map(|g| &mut g.groups)
            .flat_map(|g| &mut g.indicators);
        for indicator in rows {
            split_value(indicator);
        }
    }
    let national = layout.form().money == MoneyTable::Evaluation { national: true };
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
        if national {
            e.total.weight = Amount::new("10");
            e.total.rate = Amount::new("100%");
            e.total.score = Amount::new("10");
        }
        e.total_score = Amount::new("100");
        let (groups, weights) = if national {
            (["50", "30", "10"], ["10", "10", "10", "20", "30", "10"])
        } else {
            (["40", "40", "20"], ["10", "10", "10", "10", "40", "20"])
        };
        for (group, weight) in record.groups.iter_mut().zip(groups) {
            group.weight = Amount::new(weight);
            group.label = format!("{} ({weight}分)", group.category.canonical_name());
        }
        let rows = record
            .groups
            .iter_mut()
            .flat_map(|g| &mut g.groups)
            .flat_map(|g| &mut g.indicators);
        for (indicator, weight) in rows.zip(weights) {
            indicator.weight = Amount::new(weight);
            indicator.score = Amount::new(weight);
            if national {
                indicator.actual = indicator.value.clone();
            }
        }
    }
    record
}

/// Moves a one-cell value of the sound table into the split cells a national form prints:
/// 指标性质 定量/定性, 计算符号, 目标值, 计量单位, 指标方向.
fn split_value(indicator: &mut Indicator) {
    let (operator, target, unit) = match indicator.value.as_str() {
        "1次" => ("=", "1", "次"),
        "100%" => ("=", "100", "%"),
        "20万元" => ("≤", "20", "万元"),
        "≥95%" => ("≥", "95", "%"),
        words => ("", words, ""),
    };
    indicator.nature = if unit.is_empty() { "定性" } else { "定量" }.into();
    indicator.operator = operator.into();
    indicator.direction = match operator {
        "≥" => "正向",
        "≤" => "反向",
        _ => "",
    }
    .into();
    indicator.target = target.into();
    indicator.unit = unit.into();
    indicator.value.clear();
}

/// An indicator whose target is split over 指标性质 / 计算符号 / 目标值 / 计量单位.
pub(crate) fn split(
    name: &str,
    nature: &str,
    operator: &str,
    target: &str,
    unit: &str,
) -> Indicator {
    Indicator {
        nature: nature.into(),
        operator: operator.into(),
        target: target.into(),
        unit: unit.into(),
        ..Indicator::new(name, "")
    }
}

/// Marks the column holding `cell` as placed by the importer's guess, listing the form's
/// columns as the record's own when it has none yet.
pub(crate) fn guess_column(record: &mut Record, cell: IndicatorCell) {
    if record.columns.is_empty() {
        record.columns = record
            .layout
            .form()
            .columns
            .iter()
            .map(|c| IndicatorColumn {
                cell: c.cell,
                heading: c.heading.into(),
                guessed: false,
            })
            .collect();
    }
    match record.columns.iter_mut().find(|c| c.cell == cell) {
        Some(column) => column.guessed = true,
        None => record.columns.push(IndicatorColumn {
            cell,
            heading: "未知列".into(),
            guessed: true,
        }),
    }
}

/// Adds an import note that makes the record one to review.
pub(crate) fn doubt(record: &mut Record) {
    record.notes.push(ImportNote {
        line: 3,
        seen: "指标值及单位".into(),
        action: "表头「指标值及单位」未能识别，按内容放入指标值".into(),
        doubt: true,
    });
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
