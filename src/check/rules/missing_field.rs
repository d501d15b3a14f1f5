//! `missing-field`: the header cells every table of a layout must fill. A table of a form
//! jixiao does not know (read by its headings) may lack a field by design: a warning there.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{HeaderField, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "missing-field",
    severity: Severity::Error,
    title: "表头必填项",
    description: "项目名称、主管部门、实施单位、项目属性、项目期限、金额、年度绩效目标等表头必填项不能为空（按格式：河北公开表为项目编码、项目名称、预算数、绩效目标；自评表为项目名称、主管部门、实施单位、全年预算数、年初设定目标）。按表头读取的未知格式表只要求项目名称，且只报警告。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for spec in cx.record.layout.form().required_fields() {
        let field = spec.field;
        let blank = cx
            .record
            .header_text(field)
            .is_none_or(|text| text.trim().is_empty());
        if blank {
            let name = match field {
                HeaderField::Amount => cx.amount_label(),
                HeaderField::Goal => spec.label,
                other => other.label(),
            };
            // A form jixiao does not know may not print the field at all.
            let (severity, message) = if cx.form_unknown() {
                (
                    Severity::Warning,
                    format!("{name}未填写（未知格式的表，可能本无此项）"),
                )
            } else {
                (Severity::Error, format!("{name}未填写"))
            };
            out.push(cx.finding(RULE.code, severity, Place::Header(field), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{bare, messages, sound};
    use crate::layout::Layout;

    #[test]
    fn a_complete_header_has_no_missing_field() {
        for layout in Layout::ALL {
            assert!(
                messages(&sound(layout), "missing-field").is_empty(),
                "{layout:?}"
            );
        }
    }

    #[test]
    fn a_blank_amount_and_goal_are_missing_fields_named_as_the_layout_names_them() {
        let mut record = bare(Layout::HebeiDisclosure, " ");
        record.header.goal.clear();
        assert_eq!(
            messages(&record, "missing-field"),
            ["预算数未填写", "年度绩效目标未填写"]
        );
    }

    #[test]
    fn a_form_read_by_its_headings_misses_a_field_only_as_a_warning() {
        let mut record = bare(Layout::Headings, "9");
        record.header.name.clear();
        let found = crate::check::testing::findings(&record, "missing-field");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::check::Severity::Warning);
        assert_eq!(
            found[0].message,
            "项目名称未填写（未知格式的表，可能本无此项）"
        );
    }

    #[test]
    fn the_hebei_form_does_not_ask_for_a_department() {
        let mut record = bare(Layout::HebeiDisclosure, "9.00");
        record.header.department.clear();
        assert!(messages(&record, "missing-field").is_empty());
        let mut county = bare(Layout::CountyForm, "9");
        county.header.department.clear();
        assert_eq!(messages(&county, "missing-field"), ["主管部门未填写"]);
    }
}
