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
    description: "项目名称、主管部门、实施单位、项目属性、项目期限、金额、年度绩效目标等表头必填项不能为空（按格式：河北公开表为项目编码、项目名称、预算数、绩效目标；自评表为项目名称、主管部门、实施单位、全年预算数、年初设定目标）。按表头读取的未知格式表只要求项目名称，且只报警告；其他格式的表只有一个部门单位栏时，另一栏未填写为警告；所有必填项都为空（表中没有表头）时只报一条警告；部门整体绩效目标表只要求部门和年度目标。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let record = cx.record;
    let blank = |field: HeaderField| {
        record
            .header_text(field)
            .is_none_or(|text| text.trim().is_empty())
    };
    // A department's overall targets have no project: only its department and goal are asked.
    let department_wide = record.is_department_wide();
    let required: Vec<_> = record
        .layout
        .form()
        .required_fields()
        .filter(|s| {
            !department_wide || matches!(s.field, HeaderField::Department | HeaderField::Goal)
        })
        .collect();
    let missing: Vec<_> = required.iter().filter(|s| blank(s.field)).collect();
    if missing.is_empty() {
        return;
    }
    // A table whose every required cell is empty has no header to read: an indicator table
    // printed on its own, or an excerpt. One warning says so rather than one error per field.
    if missing.len() == required.len() && required.len() > 1 {
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            Place::Record,
            "表头各项（项目名称、金额、绩效目标等）均未填写：表中可能没有表头，或表头未读到",
        ));
        return;
    }
    // Other offices' forms often print one department cell (预算部门, 预算单位) for both.
    let one_department = !record.layout.is_local()
        && (!blank(HeaderField::Department) || !blank(HeaderField::Implementer));
    for spec in missing {
        let field = spec.field;
        let name = match field {
            HeaderField::Amount => cx.amount_label(),
            HeaderField::Goal => spec.label,
            other => other.label(),
        };
        let department = matches!(field, HeaderField::Department | HeaderField::Implementer);
        // A form jixiao does not know may not print the field at all.
        let (severity, message) = if cx.form_unknown() {
            (
                Severity::Warning,
                format!("{name}未填写（未知格式的表，可能本无此项）"),
            )
        } else if department && one_department {
            (
                Severity::Warning,
                format!("{name}未填写（表中只有一个部门单位栏）"),
            )
        } else {
            (Severity::Error, format!("{name}未填写"))
        };
        out.push(cx.finding(RULE.code, severity, Place::Header(field), message));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{bare, messages, sound};
    use crate::layout::Layout;
    use crate::model::HeaderField;

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
    fn a_table_without_any_header_gets_one_warning() {
        let mut record = bare(Layout::NationalTarget, "");
        record.header = Default::default();
        assert!(
            record
                .header_text(HeaderField::Name)
                .is_some_and(str::is_empty)
        );
        let found = crate::check::testing::findings(&record, "missing-field");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::check::Severity::Warning);
        assert_eq!(found[0].place, crate::model::Place::Record);
    }

    #[test]
    fn another_office_s_form_with_one_department_cell_misses_the_other_only_as_a_warning() {
        let mut record = bare(Layout::NationalTarget, "250");
        record.header.implementer.clear();
        let found = crate::check::testing::findings(&record, "missing-field");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::check::Severity::Warning);
        let mut county = bare(Layout::CountyForm, "9");
        county.header.implementer.clear();
        assert_eq!(messages(&county, "missing-field"), ["实施单位未填写"]);
    }

    #[test]
    fn a_department_s_overall_targets_are_asked_only_for_the_department_and_its_goal() {
        let mut record = bare(Layout::NationalTarget, "");
        record.title = "2025年度 部门整体支出绩效目标表".into();
        record.header.name.clear();
        record.header.implementer.clear();
        record.header.project_kind.clear();
        record.header.duration.clear();
        assert!(messages(&record, "missing-field").is_empty());
        record.header.goal.clear();
        assert_eq!(messages(&record, "missing-field"), ["年度目标未填写"]);
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
