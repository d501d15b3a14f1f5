//! proptest strategies for arbitrary workbooks: every layout, any funding, spending plan and
//! evaluation (matching the layout or not), every indicator cell, multi-year sets, cost lines and
//! a table's own columns, Unicode text with tabs, line breaks and quotes, and amounts both plain
//! and unparseable.

use jixiao::layout::Layout;
use jixiao::model::{
    Amount, CostLine, Evaluation, EvaluationMoney, Funding, Header, HeaderExtra, HebeiFunding,
    ImportNote, Indicator, IndicatorCell, IndicatorColumn, Level1, Level1Group, Level2,
    Level2Group, MoneyUnit, Record, RecordKind, RegionFunding, Scheme, SpendingPlan, Workbook,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// Cell text: realistic words and values, the characters that need quoting, or anything at all.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[产出效益满意度指标数量质量时效成本社会经济生态可持续影响服务对象万元亿≥≤＞<>%％（）()：:0-9. ]{0,16}",
        2 => "[a-z\t\n\r\"“” ,，。-]{0,10}",
        1 => any::<String>(),
        1 => Just(String::new()),
    ]
    .boxed()
}

/// A money or score cell: plain decimals (with a scale), or text that is not a number.
pub fn amount() -> BoxedStrategy<Amount> {
    prop_oneof![
        3 => "[0-9]{1,7}(\\.[0-9]{1,6})?".prop_map(Amount::new),
        1 => text().prop_map(Amount::new),
    ]
    .boxed()
}

fn layout() -> BoxedStrategy<Layout> {
    proptest::sample::select(Layout::ALL.to_vec()).boxed()
}

fn level1_category() -> BoxedStrategy<Level1> {
    let mut all = Level1::ALL.to_vec();
    all.push(Level1::Other);
    proptest::sample::select(all).boxed()
}

fn level2_category() -> BoxedStrategy<Level2> {
    let mut all = Level2::ALL.to_vec();
    all.push(Level2::Other);
    proptest::sample::select(all).boxed()
}

/// A 计算符号 / 指标方向 / 指标性质 cell: the words and signs forms write, or any text.
fn sign() -> BoxedStrategy<String> {
    prop_oneof![
        2 => proptest::sample::select(vec!["≥", "大于等于", "≦", "＝", "<", "正向", "反向", "定性", "定量", ""])
            .prop_map(String::from),
        1 => text(),
    ]
    .boxed()
}

/// Any indicator: every cell of [`IndicatorCell::ALL`] written, numbers plain or not, the sign
/// cells often what forms write there.
fn indicator() -> BoxedStrategy<Indicator> {
    (
        vec(text(), IndicatorCell::ALL.len()),
        (sign(), sign(), sign()),
        (amount(), amount()),
    )
        .prop_map(|(texts, (nature, operator, direction), (weight, score))| {
            let mut indicator = Indicator::default();
            for (cell, text) in IndicatorCell::ALL.into_iter().zip(texts) {
                indicator.set_text(cell, &text);
            }
            indicator.nature = nature;
            indicator.operator = operator;
            indicator.direction = direction;
            indicator.weight = weight;
            indicator.score = score;
            indicator
        })
        .boxed()
}

/// The indicator columns a table printed, in any order, some with a heading of their own.
fn columns() -> BoxedStrategy<Vec<IndicatorColumn>> {
    vec(
        (
            proptest::sample::select(IndicatorCell::ALL.to_vec()),
            text(),
            any::<bool>(),
        )
            .prop_map(|(cell, heading, guessed)| IndicatorColumn {
                cell,
                heading,
                guessed,
            }),
        0..6,
    )
    .boxed()
}

fn cost_line() -> BoxedStrategy<CostLine> {
    (text(), amount(), text())
        .prop_map(|(item, amount, basis)| CostLine {
            item,
            amount,
            basis,
        })
        .boxed()
}

fn level2_group() -> BoxedStrategy<Level2Group> {
    (level2_category(), text(), vec(indicator(), 0..4))
        .prop_map(|(category, label, indicators)| Level2Group {
            category,
            label,
            indicators,
        })
        .boxed()
}

fn level1_group() -> BoxedStrategy<Level1Group> {
    (
        level1_category(),
        text(),
        amount(),
        vec(level2_group(), 0..4),
    )
        .prop_map(|(category, label, weight, groups)| Level1Group {
            category,
            label,
            weight,
            groups,
        })
        .boxed()
}

fn header() -> BoxedStrategy<Header> {
    (
        (text(), text(), text(), text(), text(), text()),
        (text(), amount(), text(), text(), text()),
        (text(), text(), vec((text(), text()), 0..3)),
    )
        .prop_map(
            |(
                (name, code, department, implementer, project_kind, duration),
                (office, amount, fund_use, goal, goal_result),
                (category, medium_goal, extra),
            )| Header {
                name,
                code,
                department,
                implementer,
                project_kind,
                duration,
                office,
                amount,
                fund_use,
                goal,
                goal_result,
                category,
                medium_goal,
                extra: extra
                    .into_iter()
                    .map(|(label, value)| HeaderExtra { label, value })
                    .collect(),
            },
        )
        .boxed()
}

fn funding() -> BoxedStrategy<Funding> {
    prop_oneof![
        Just(Funding::None),
        vec(amount(), 8).prop_map(|a| {
            let mut a = a.into_iter();
            let mut next = || a.next().unwrap_or_default();
            Funding::Region(RegionFunding {
                annual_total: next(),
                local_total: next(),
                local_fiscal: next(),
                local_other: next(),
                local_carryover: next(),
                transfer_total: next(),
                transfer_central: next(),
                transfer_region: next(),
            })
        }),
        (amount(), amount())
            .prop_map(|(fiscal, other)| Funding::Hebei(HebeiFunding { fiscal, other })),
    ]
    .boxed()
}

fn spending_plan() -> BoxedStrategy<SpendingPlan> {
    (amount(), amount(), amount(), amount())
        .prop_map(|(march, june, october, december)| SpendingPlan {
            march,
            june,
            october,
            december,
        })
        .boxed()
}

fn evaluation_money() -> BoxedStrategy<EvaluationMoney> {
    vec(amount(), 6)
        .prop_map(|cells| {
            let mut money = EvaluationMoney::default();
            for (slot, cell) in money.cells_mut().into_iter().zip(cells) {
                *slot = cell;
            }
            money
        })
        .boxed()
}

fn evaluation() -> BoxedStrategy<Evaluation> {
    (vec(evaluation_money(), 4), text(), amount(), vec(text(), 5))
        .prop_map(|(rows, scoring_method, total_score, texts)| {
            let mut evaluation = Evaluation {
                scoring_method,
                total_score,
                ..Evaluation::default()
            };
            for (slot, row) in evaluation.rows_mut().into_iter().zip(rows) {
                *slot = row;
            }
            let [grade, conclusion, problems, improvements, remarks] =
                <[String; 5]>::try_from(texts).unwrap_or_default();
            evaluation.grade = grade;
            evaluation.conclusion = conclusion;
            evaluation.problems = problems;
            evaluation.improvements = improvements;
            evaluation.remarks = remarks;
            evaluation
        })
        .boxed()
}

fn note() -> BoxedStrategy<ImportNote> {
    (0usize..5000, text(), text(), any::<bool>())
        .prop_map(|(line, seen, action, doubt)| ImportNote {
            line,
            seen,
            action,
            doubt,
        })
        .boxed()
}

/// Any record: each part (funding, spending plan, evaluation) may be present, missing or of
/// another layout than the record's, as after an import or a change of layout in the editor.
pub fn record() -> BoxedStrategy<Record> {
    (
        (
            layout(),
            any::<bool>(),
            any::<bool>(),
            text(),
            option::of(1990i32..2100),
            any::<bool>(),
        ),
        (
            header(),
            funding(),
            option::of(spending_plan()),
            option::of(evaluation()),
        ),
        (vec(level1_group(), 0..4), vec(note(), 0..3)),
        (vec(level1_group(), 0..2), vec(cost_line(), 0..3), columns()),
    )
        .prop_map(
            |(
                (layout, self_evaluation, national, title, year, yuan),
                (header, funding, spending_plan, evaluation),
                (groups, notes),
                (medium_groups, cost_lines, columns),
            )| Record {
                kind: if self_evaluation {
                    RecordKind::SelfEvaluation
                } else {
                    RecordKind::Target
                },
                layout,
                scheme: if national {
                    Scheme::National
                } else {
                    Scheme::Older
                },
                title,
                year,
                unit: if yuan {
                    MoneyUnit::Yuan
                } else {
                    MoneyUnit::TenThousandYuan
                },
                header,
                funding,
                spending_plan,
                evaluation,
                groups,
                medium_groups,
                cost_lines,
                columns,
                notes,
                // Where a table came from never reaches the table text; the store's own tests
                // cover it.
                source: Default::default(),
            },
        )
        .boxed()
}

/// Any workbook of a few records.
pub fn workbook() -> BoxedStrategy<Workbook> {
    vec(record(), 0..4)
        .prop_map(|records| Workbook { records })
        .boxed()
}
