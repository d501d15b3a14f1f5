//! The ways a document reaches the importer: encodings, line ends, Excel/WPS clipboard text,
//! several layouts in one document.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod import_support;

use import_support::{SAMPLES, text};
use jixiao::import::{ImportError, import_bytes, import_text};
use jixiao::layout::Layout;
use jixiao::model::Workbook;

#[test]
fn bom_crlf_and_gb18030_give_the_same_workbook_as_plain_utf8() {
    for name in SAMPLES {
        let plain = import_text(&text(name));
        let crlf = text(name).replace('\n', "\r\n");
        let mut with_bom = "\u{feff}".as_bytes().to_vec();
        with_bom.extend_from_slice(crlf.as_bytes());
        assert_eq!(
            import_bytes(&with_bom).unwrap(),
            plain,
            "{name} with BOM and CRLF"
        );
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(&crlf);
        assert!(!unmappable);
        assert_eq!(import_bytes(&gb).unwrap(), plain, "{name} in GB18030");
    }
}

#[test]
fn old_mac_line_ends_give_the_same_workbook_as_plain_text() {
    for name in SAMPLES {
        let plain = import_text(&text(name));
        let mac = text(name).replace('\n', "\r");
        assert_eq!(import_text(&mac), plain, "{name} with bare CR line ends");
        assert_eq!(
            import_bytes(mac.as_bytes()).unwrap(),
            plain,
            "{name} as bytes"
        );
    }
}

#[test]
fn utf16_text_saved_by_excel_is_read() {
    let source = text("pingluo-2024");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in source.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(import_bytes(&bytes).unwrap(), import_text(&source));
}

#[test]
fn undecodable_bytes_are_refused_with_their_offset() {
    let mut bytes = "项目名称\t测试\n".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0x81, 0x20, 0xFF, 0xFE, 0x00]);
    match import_bytes(&bytes) {
        Err(ImportError::Encoding { offset: at }) => assert_eq!(at, offset),
        other => panic!("expected an encoding error, got {other:?}"),
    }
    let message = import_bytes(&[0xFF, 0xFF, 0xFF]).unwrap_err().to_string();
    assert!(message.contains("第 0 字节"), "{message}");
}

#[test]
fn excel_clipboard_cells_with_line_breaks_and_quotes_are_read_whole() {
    let clipboard = "部门项目支出预算绩效目标表 1\t\t\t\r\n\
        (2026年)\t\t\t\r\n\
        项目名称\t\"招聘\"\"三支一扶\"\"人员\"\t\t\r\n\
        主管部门\t平罗县人社局\t实施单位\t平罗县人社局\r\n\
        项目属性\t常年性项目\t项目期限\t1年\r\n\
        资金主管处(科、股)室\t社会保障室\t项目年度金额(元)\t200000\r\n\
        项目年度绩效目标\t\"目标 1：完成招聘；\r\n目标 2：完成培训。\"\t\t\r\n\
        一级绩效指标\t二级绩效指标\t\t绩效值\r\n\
        产出指标\t数量指标\t\"招聘\r\n次数\"\t1次\r\n\
        \t\t培训次数\t2次\r\n\
        满意度指标\t服务对象满意度\t满意度\t≥95%\r\n";
    let workbook = import_text(clipboard);
    assert_eq!(workbook.records.len(), 1);
    let r = &workbook.records[0];
    assert_eq!(r.layout, Layout::CountyForm);
    assert_eq!(r.header.name, "招聘\"三支一扶\"人员");
    assert_eq!(r.header.goal, "目标 1：完成招聘；\n目标 2：完成培训。");
    let names: Vec<&str> = r.indicators().map(|(_, _, _, i)| i.name.as_str()).collect();
    assert_eq!(names, ["招聘\n次数", "培训次数", "满意度"]);
    // The second indicator row starts on source line 11 (the name cell spans lines 9–10).
    assert!(r.notes.iter().all(|n| n.line != 10), "{:?}", r.notes);
}

#[test]
fn a_stray_quote_in_pdf_text_does_not_swallow_the_rows_after_it() {
    // Line 134: a cell that starts with a straight quote which is not an Excel quote.
    let source = text("pingluo-2026").replacen("\t“三支一扶”人员经费", "\t\"三支一扶\"人员经费", 1);
    assert!(source.contains("\t\"三支一扶\"人员经费"));
    let workbook = import_text(&source);
    assert_eq!(workbook.records.len(), 16);
    let r = &workbook.records[5];
    assert_eq!(r.indicator_count(), 11);
    assert!(
        r.indicators()
            .any(|(_, _, _, i)| i.name.starts_with("\"三支一扶\"人员经费"))
    );
}

#[test]
fn a_document_mixing_all_five_layouts_gives_every_table_in_order() {
    let mut all = String::new();
    let mut expected = Vec::new();
    for name in SAMPLES {
        let source = text(name);
        all.push_str(&source);
        all.push_str("\n说明：以下为另一单位的表格。\n\n");
        expected.extend(
            import_text(&source)
                .records
                .iter()
                .map(|r| (r.layout, r.header.name.clone(), r.indicator_count(), r.year)),
        );
    }
    let mixed: Vec<_> = import_text(&all)
        .records
        .iter()
        .map(|r| (r.layout, r.header.name.clone(), r.indicator_count(), r.year))
        .collect();
    assert_eq!(mixed, expected);
    let layouts: std::collections::BTreeSet<Layout> = mixed.iter().map(|m| m.0).collect();
    assert_eq!(layouts.len(), 5);
}

#[test]
fn text_without_tables_gives_an_empty_workbook() {
    assert_eq!(import_text(""), Workbook::default());
    assert_eq!(
        import_text("部门预算信息公开目录\n一、部门职责\t18\n"),
        Workbook::default()
    );
    // A procurement list whose heading starts with 项目名称 is not a target table.
    let procurement = "政府采购项目来源\t\t采购物品名称\n项目名称\t预算资金\t\t合计\n公用经费一\t70.46\t复印纸\t4.59\n";
    assert_eq!(import_text(procurement), Workbook::default());
}

#[test]
fn amounts_keep_their_text_and_read_exactly() {
    let workbook = import_text(&text("pingluo-2024"));
    let amount = &workbook.records[0].header.amount;
    assert_eq!(amount.text(), "400.000000");
    assert_eq!(amount.value(), Some(rust_decimal::Decimal::from(400)));
}

#[test]
fn an_indicator_part_copied_without_its_header_is_still_a_table() {
    let source = "一级指标\t二级指标\t三级指标\t绩效值\n\
        产出指标\t数量指标\t招聘次数\t1次\n\
        第 2 页\n\
        \t质量指标\t完成率\t100%\n";
    let workbook = import_text(source);
    assert_eq!(workbook.records.len(), 1);
    let r = &workbook.records[0];
    assert_eq!(r.indicator_count(), 2);
    assert!(r.notes.iter().any(|n| n.line == 1));
    // The stray page line is kept in a note, not read as an indicator.
    assert!(r.notes.iter().any(|n| n.line == 3 && n.seen == "第 2 页"));
}

#[test]
fn spaces_inside_amounts_are_read_and_noted() {
    let source = "部门项目支出预算绩效目标表\n单位：万元\n项目名称\t甲\t\t\n主管部门\t乙\t实施单位\t丙\n\
        项目主管处室\t07-农业室\t项目年度金额\t5 932.30\n年度总体绩效目标\t目标\t\t\n\
        一级指标\t二级指标\t三级指标\t绩效值\n1-产出指标\t11-数量指标\t次数\t1次\n";
    let r = &import_text(source).records[0];
    assert_eq!(r.header.amount.text(), "5 932.30");
    assert_eq!(
        r.header.amount.value(),
        Some(rust_decimal::Decimal::new(593230, 2))
    );
    assert!(r.notes.iter().any(|n| n.seen == "5 932.30"));
}
