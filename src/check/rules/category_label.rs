//! `category-label`: group labels that are not the official category names — unknown labels,
//! and known ones written another way (`满意度` for 服务对象满意度, a space inside), with the
//! canonical name as a fix. Codes (`11-`) and weights (`(40分)`) are kept as written.

use crate::check::context::Context;
use crate::check::{Finding, Fix, Rule, Severity};
use crate::model::{Level1, Level2, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "category-label",
    severity: Severity::Warning,
    title: "类别名称不规范",
    description: "一级、二级指标的名称不是规范名称：无法识别的名称为警告；能识别但写法不同（如「满意度」应为「服务对象满意度指标」、名称中间有空格）为提示，并给出规范名称作为修正（保留编码和分值）。",
    reads: &[],
    run: check,
};

/// A label split into its code (`11-`), its name and the rest (` (40分)`).
struct Parts<'a> {
    code: &'a str,
    name: &'a str,
    rest: &'a str,
}

fn split(label: &str) -> Parts<'_> {
    let trimmed = label.trim();
    let after = trimmed.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c == '-' || c == '－' || c.is_whitespace()
    });
    let code = trimmed.strip_suffix(after).unwrap_or_default();
    let (name, rest) = match after.find(['(', '（']) {
        Some(i) => after.split_at_checked(i).unwrap_or((after, "")),
        None => (after, ""),
    };
    let name = name.trim_end();
    Parts {
        code: code.trim(),
        name,
        rest: after.strip_prefix(name).unwrap_or(rest),
    }
}

/// The canonical label for a known category, or `None` when the label already is canonical.
fn canonical_label(label: &str, canonical: &'static str) -> Option<String> {
    let short = canonical.strip_suffix("指标").unwrap_or(canonical);
    if label == canonical || label == short {
        return None;
    }
    let parts = split(label);
    if parts.name == canonical || parts.name == short {
        return None;
    }
    let compact: String = parts.name.chars().filter(|c| !c.is_whitespace()).collect();
    let name = if compact.ends_with("指标") {
        canonical
    } else {
        short
    };
    Some(format!("{}{name}{}", parts.code, parts.rest))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i1, g1) in cx.record.groups.iter().enumerate() {
        let place = Place::Level1(i1);
        match g1.category {
            Level1::Other => unknown(cx, place, "一级", &g1.label, out),
            known => nonstandard(cx, place, &g1.label, known.canonical_name(), out),
        }
        for (i2, g2) in g1.groups.iter().enumerate() {
            let place = Place::Level2 {
                level1: i1,
                level2: i2,
            };
            match g2.category {
                Level2::Other => unknown(cx, place, "二级", &g2.label, out),
                known => nonstandard(cx, place, &g2.label, known.canonical_name(), out),
            }
        }
    }
}

fn unknown(cx: &Context<'_>, place: Place, level: &str, label: &str, out: &mut Vec<Finding>) {
    out.push(cx.finding(
        RULE.code,
        Severity::Warning,
        place,
        format!("{level}指标「{}」不是规范的指标类别", label.trim()),
    ));
}

fn nonstandard(
    cx: &Context<'_>,
    place: Place,
    label: &str,
    canonical: &'static str,
    out: &mut Vec<Finding>,
) {
    if let Some(fixed) = canonical_label(label, canonical) {
        out.push(
            cx.finding(
                RULE.code,
                Severity::Info,
                place,
                format!("「{}」应写作规范名称「{fixed}」", label.trim()),
            )
            .with_fix(Fix::replace(place, fixed)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_label;
    use crate::check::testing::{findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn official_labels_with_codes_weights_or_without_the_suffix_are_standard() {
        assert_eq!(canonical_label("11-数量指标", "数量指标"), None);
        assert_eq!(canonical_label("21-经济效益", "经济效益指标"), None);
        assert_eq!(canonical_label("产出指标 (40分)", "产出指标"), None);
        assert!(messages(&sound(Layout::SelfEvaluation), "category-label").is_empty());
    }

    #[test]
    fn other_spellings_are_fixed_to_the_canonical_name_keeping_code_and_weight() {
        assert_eq!(
            canonical_label("满意度 指标 (20分)", "满意度指标").as_deref(),
            Some("满意度指标 (20分)")
        );
        assert_eq!(
            canonical_label("31-满意度", "服务对象满意度指标").as_deref(),
            Some("31-服务对象满意度")
        );
    }

    #[test]
    fn a_short_satisfaction_label_gets_an_info_with_a_fix_that_applies() {
        let mut record = sound(Layout::CountyForm);
        record.groups[2].groups[0].label = "满意度".into();
        let found = findings(&record, "category-label");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "「满意度」应写作规范名称「服务对象满意度」"
        );
        assert!(found[0].fixes[0].apply(&mut record));
        assert_eq!(record.groups[2].groups[0].category, Level2::Satisfaction);
        assert!(messages(&record, "category-label").is_empty());
    }

    #[test]
    fn an_unknown_label_is_a_warning() {
        let mut record = sound(Layout::CountyForm);
        record.groups[0].groups[0].label = "绩效值".into();
        record.groups[0].groups[0].category = Level2::Other;
        assert_eq!(
            messages(&record, "category-label"),
            ["二级指标「绩效值」不是规范的指标类别"]
        );
    }
}
