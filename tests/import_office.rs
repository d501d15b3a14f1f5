//! Opening office files: the LibreOffice samples against their text, synthetic workbooks and
//! documents built here with the `zip` crate (another writer than jixiao's exporter), and bad
//! files, each with its message.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::export::workbook_text;
use jixiao::import::{ImportError, import_file, import_text};
use jixiao::model::Workbook;
use std::io::Write;
use std::path::Path;

const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "qinglong-2025",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new("tests/fixtures").join(name)).unwrap()
}

fn open(name: &str) -> Workbook {
    import_file(name, &fixture(&format!("office/{name}"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The canonical text with every number written the same way: `6078.00`, `400.000000`,
/// `100.00%` as `6078`, `400`, `100%`.
///
/// What "the same table" means for a spreadsheet: LibreOffice turned typed `400.000000` and
/// `6078.00` into the numbers 400 and 6078 in General format, and typed `100%` into the number
/// 1 formatted `0.00%`, so those cells *show* `400`, `6078` and `100.00%` — a copy out of
/// the spreadsheet gives exactly that, and the importer must read what the cell shows, not
/// what was typed before. The tables are the same when every cell holds the same text or the
/// same number; the value grammar reads `100.00%` and `100%` as the same target.
fn same_numbers(text: &str) -> String {
    let cell = |c: &str| {
        let (number, percent) = c.strip_suffix('%').map_or((c, ""), |n| (n, "%"));
        let is_number = !number.is_empty()
            && number
                .chars()
                .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == '-')
            && number.parse::<f64>().is_ok();
        if is_number && number.contains('.') {
            format!(
                "{}{percent}",
                number.trim_end_matches('0').trim_end_matches('.')
            )
        } else {
            c.to_owned()
        }
    };
    text.lines()
        .map(|line| line.split('\t').map(cell).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sample_text(sample: &str, file: &str) -> String {
    let text = String::from_utf8(fixture(&format!("{sample}.txt"))).unwrap();
    let mut expected = workbook_text(&import_text(&text));
    if file == "ningxia-region-2026.xlsx" {
        // The sample's text has the row `	产出指标	质量指标	项目验收合格率` shifted one cell
        // right by the PDF extraction (no value); the .xlsx was made from an HTML table whose
        // cells span columns, so there the name stands in the value's merged column H:I, and
        // the importer rightly reads it as the value. In the .docx (cells one after another,
        // no spans in that row) and the -csv.xlsx the shift is kept as in the text.
        expected = expected.replacen(
            "\t质量指标\t项目验收合格率\t\t\t",
            "\t质量指标\t\t\t项目验收合格率\t",
            1,
        );
    }
    expected
}

#[test]
fn every_office_sample_gives_the_tables_of_its_text() {
    for sample in SAMPLES {
        for file in [
            format!("{sample}.xlsx"),
            format!("{sample}.docx"),
            format!("{sample}-csv.xlsx"),
        ] {
            let expected = same_numbers(&sample_text(sample, &file));
            let workbook = open(&file);
            assert!(!workbook.records.is_empty(), "{file}");
            let got = same_numbers(&workbook_text(&workbook));
            for (line, (got, expected)) in got.lines().zip(expected.lines()).enumerate() {
                assert_eq!(got, expected, "{file}, line {}", line + 1);
            }
            assert_eq!(got.lines().count(), expected.lines().count(), "{file}");
            for record in &workbook.records {
                assert_eq!(record.source.file, file);
                let sheet_expected = !file.ends_with(".docx");
                assert_eq!(!record.source.sheet.is_empty(), sheet_expected, "{file}");
            }
        }
    }
}

#[test]
fn the_office_samples_read_as_sure_as_their_text() {
    for sample in SAMPLES {
        let text = import_text(&String::from_utf8(fixture(&format!("{sample}.txt"))).unwrap());
        for file in [format!("{sample}.docx"), format!("{sample}-csv.xlsx")] {
            let read = open(&file);
            let confidence =
                |w: &Workbook| w.records.iter().map(|r| r.confidence()).collect::<Vec<_>>();
            assert_eq!(confidence(&read), confidence(&text), "{file}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Synthetic workbooks.

/// A cell of a synthetic sheet: text, or a number with the index of its cell format.
#[derive(Clone)]
enum Cell {
    Text(String),
    Number(f64, usize),
}

/// A row of a synthetic sheet: its number (0-based), its cells by column, whether it is hidden.
type Row = (u32, Vec<(u32, Cell)>, bool);

/// Cell formats of the synthetic workbooks, by index in `cellXfs`.
const GENERAL: usize = 0;
const SIX_DECIMALS: usize = 1;
const PERCENT: usize = 2;
const THOUSANDS: usize = 3;
const CHINESE_DATE: usize = 4;
const TWO_DECIMALS: usize = 5;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000000"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>
</styleSheet>"#;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn column(mut col: u32) -> String {
    let mut name = Vec::new();
    col += 1;
    while col > 0 {
        name.push(char::from(b'A' + ((col - 1) % 26) as u8));
        col = (col - 1) / 26;
    }
    name.iter().rev().collect()
}

/// The XML of a sheet: rows of (row, cells by column) 0-based, `extra` after `sheetData`
/// (merges), `before` before it (columns).
fn sheet_xml(rows: &[Row], before: &str, extra: &str) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    );
    xml.push_str(before);
    xml.push_str("<sheetData>");
    for (row, cells, hidden) in rows {
        let hidden = if *hidden { r#" hidden="1""# } else { "" };
        xml.push_str(&format!(r#"<row r="{}"{hidden}>"#, row + 1));
        for (col, cell) in cells {
            let r = format!("{}{}", column(*col), row + 1);
            match cell {
                Cell::Text(t) => xml.push_str(&format!(
                    r#"<c r="{r}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    escape(t)
                )),
                Cell::Number(n, s) => {
                    xml.push_str(&format!(r#"<c r="{r}" s="{s}"><v>{n}</v></c>"#))
                }
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData>");
    xml.push_str(extra);
    xml.push_str("</worksheet>");
    xml
}

fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in parts {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(content.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// An .xlsx of the sheets (name, sheet XML, hidden).
fn xlsx(sheets: &[(&str, String, bool)]) -> Vec<u8> {
    let mut workbook = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    );
    let mut parts = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/styles.xml", STYLES.to_string()),
    ];
    let names: Vec<String> = (1..=sheets.len())
        .map(|i| format!("xl/worksheets/sheet{i}.xml"))
        .collect();
    for (i, (name, xml, hidden)) in sheets.iter().enumerate() {
        let state = if *hidden { r#" state="hidden""# } else { "" };
        workbook.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{}"{state} r:id="rId{}"/>"#,
            i + 1,
            i + 1
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{}.xml"/>"#,
            i + 1,
            i + 1
        ));
        parts.push((names[i].as_str(), xml.clone()));
    }
    workbook.push_str("</sheets></workbook>");
    rels.push_str("</Relationships>");
    parts.push(("xl/workbook.xml", workbook));
    parts.push(("xl/_rels/workbook.xml.rels", rels));
    zip(&parts)
}

/// The first table of the coded county sample, as text lines of cells.
fn county_table() -> Vec<Vec<String>> {
    let text = String::from_utf8(fixture("pingluo-2024.txt")).unwrap();
    text.lines()
        .skip(2)
        .take(21)
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn text_of(lines: &[Vec<String>]) -> String {
    lines
        .iter()
        .map(|l| l.join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sheet rows of text lines, every cell text, starting at sheet row 0.
fn rows_of(lines: &[Vec<String>]) -> Vec<Row> {
    lines
        .iter()
        .enumerate()
        .map(|(r, cells)| {
            let cells = cells
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.is_empty())
                .map(|(c, t)| (c as u32, Cell::Text(t.clone())))
                .collect();
            (r as u32, cells, false)
        })
        .collect()
}

fn set(rows: &mut [Row], row: usize, col: u32, cell: Cell) {
    let cells = &mut rows[row].1;
    cells.retain(|(c, _)| *c != col);
    cells.push((col, cell));
    cells.sort_by_key(|(c, _)| *c);
}

/// Text line (0-based) of a cell of [`county_table`].
fn find(lines: &[Vec<String>], text: &str) -> (usize, u32) {
    for (r, cells) in lines.iter().enumerate() {
        if let Some(c) = cells.iter().position(|c| c.starts_with(text)) {
            return (r, c as u32);
        }
    }
    panic!("{text} not in the table")
}

#[test]
fn numbers_and_dates_read_as_their_cells_show_them() {
    let mut lines = county_table();
    let mut rows = rows_of(&lines);
    let (r, c) = find(&lines, "400.000000");
    set(&mut rows, r, c, Cell::Number(400.0, SIX_DECIMALS));
    let (r, c) = find(&lines, "144 个");
    set(&mut rows, r, c, Cell::Number(1234.0, THOUSANDS));
    lines[r][c as usize] = "1,234".into();
    let (r, c) = find(&lines, "≥ 95%");
    set(&mut rows, r, c, Cell::Number(0.95, PERCENT));
    lines[r][c as usize] = "95%".into();
    let (r, c) = find(&lines, "2024 年 12 月 31 日");
    set(&mut rows, r, c, Cell::Number(45657.0, CHINESE_DATE));
    lines[r][c as usize] = "2024年12月31日".into();
    let (r, c) = find(&lines, "逐步建立");
    set(&mut rows, r, c, Cell::Number(12.0, TWO_DECIMALS));
    lines[r][c as usize] = "12.00".into();
    let (r, c) = find(&lines, "明显减少");
    set(&mut rows, r, c, Cell::Number(0.95 + 1e-16, GENERAL));
    lines[r][c as usize] = "0.95".into();

    let file = xlsx(&[("表1", sheet_xml(&rows, "", ""), false)]);
    let read = import_file("格式.xlsx", &file).unwrap();
    assert_eq!(
        workbook_text(&read),
        workbook_text(&import_text(&text_of(&lines)))
    );
    assert_eq!(read.records[0].header.amount.text(), "400.000000");
    assert_eq!(read.records[0].source.sheet, "表1");
}

#[test]
fn merged_cells_read_as_a_copy_shows_them() {
    let lines = county_table();
    let mut rows = rows_of(&lines);
    let (r, c) = find(&lines, "1-产出指标");
    for k in 1..4 {
        set(&mut rows, r + k, c, Cell::Text("被合并格里的旧值".into()));
    }
    let merge = format!(
        r#"<mergeCells count="1"><mergeCell ref="{}{}:{}{}"/></mergeCells>"#,
        column(c),
        r + 1,
        column(c),
        r + 4
    );
    let file = xlsx(&[("表1", sheet_xml(&rows, "", &merge), false)]);
    let read = import_file("合并.xlsx", &file).unwrap();
    assert_eq!(
        workbook_text(&read),
        workbook_text(&import_text(&text_of(&lines)))
    );
}

#[test]
fn hidden_rows_and_columns_are_skipped_with_a_note_naming_the_sheet() {
    let lines = county_table();
    let mut rows = rows_of(&lines);
    // A hidden column E with a remark in every indicator row, and a hidden indicator row.
    let (first, _) = find(&lines, "1-产出指标");
    for row in rows.iter_mut().skip(first) {
        row.1.push((4, Cell::Text("内部备注".into())));
    }
    let (last, _) = find(&lines, "3-满意度指标");
    rows.insert(
        last,
        (
            last as u32,
            vec![
                (1, Cell::Text("12-质量指标".into())),
                (2, Cell::Text("已删掉的指标".into())),
                (3, Cell::Text("≥ 1 次".into())),
            ],
            true,
        ),
    );
    for (i, row) in rows.iter_mut().enumerate() {
        row.0 = i as u32;
    }
    let cols = r#"<cols><col min="5" max="5" width="9" hidden="1"/></cols>"#;
    let file = xlsx(&[("隐藏", sheet_xml(&rows, cols, ""), false)]);
    let read = import_file("隐藏.xlsx", &file).unwrap();
    let mut expected_lines = lines.clone();
    expected_lines.insert(last, vec![String::new()]);
    assert_eq!(
        workbook_text(&read),
        workbook_text(&import_text(&text_of(&expected_lines)))
    );
    let actions: Vec<(usize, &str)> = read.records[0]
        .notes
        .iter()
        .filter(|n| n.action.contains("隐藏"))
        .map(|n| (n.line, n.action.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            (
                last + 1,
                format!("工作表「隐藏」第 {} 行为隐藏行，已跳过", last + 1).as_str()
            ),
            (first + 1, "工作表「隐藏」第 E 列为隐藏列，已跳过"),
        ]
    );
    assert!(
        read.records[0]
            .notes
            .iter()
            .all(|n| !n.action.contains("隐藏") || !n.doubt)
    );
}

#[test]
fn a_hidden_sheet_is_read_and_says_so() {
    let lines = county_table();
    let file = xlsx(&[
        (
            "说明",
            sheet_xml(
                &[(0, vec![(0, Cell::Text("填表说明".into()))], false)],
                "",
                "",
            ),
            false,
        ),
        ("底稿", sheet_xml(&rows_of(&lines), "", ""), true),
    ]);
    let read = import_file("隐藏表.xlsx", &file).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].source.sheet, "底稿");
    assert!(
        read.records[0]
            .notes
            .iter()
            .any(|n| n.action == "工作表「底稿」是隐藏的工作表，其中的表格照常读入")
    );
}

#[test]
fn quoted_multi_line_cells_keep_their_lines_and_notes_keep_sheet_rows() {
    let mut lines = county_table();
    let mut rows = rows_of(&lines);
    let (r, c) = find(&lines, "不断扩大");
    let goal = "目标 1：扩大覆盖面\n目标 2：建立\"市场化\"机制";
    set(&mut rows, r, c, Cell::Text(goal.into()));
    lines[r][c as usize] = format!("\"{}\"", goal.replace('"', "\"\""));
    let file = xlsx(&[("表1", sheet_xml(&rows, "", ""), false)]);
    let read = import_file("多行.xlsx", &file).unwrap();
    let text = import_text(&text_of(&lines));
    assert_eq!(workbook_text(&read), workbook_text(&text));
    assert_eq!(read.records[0].header.goal, goal);
    // Text lines after the goal are one more than their sheet rows.
    let rows_read: Vec<usize> = read.records[0].notes.iter().map(|n| n.line).collect();
    let rows_text: Vec<usize> = text.records[0]
        .notes
        .iter()
        .map(|n| if n.line > r + 1 { n.line - 1 } else { n.line })
        .collect();
    assert_eq!(rows_read, rows_text);
}

#[test]
fn a_stray_cell_far_away_costs_one_cell() {
    let lines = county_table();
    let mut rows = rows_of(&lines);
    rows.push((1_048_575, vec![(16_383, Cell::Text("x".into()))], false));
    let file = xlsx(&[("表1", sheet_xml(&rows, "", ""), false)]);
    let read = import_file("远处.xlsx", &file).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].header.name, "政策性农业保险资金项目");
}

#[test]
fn a_sheet_of_100000_rows_imports() {
    // One table, then 100,000 rows of a list that is no table.
    let mut rows = rows_of(&county_table());
    let start = rows.len() as u32 + 1;
    for i in 0..100_000u32 {
        rows.push((
            start + i,
            vec![
                (0, Cell::Text(format!("附表 {i}"))),
                (1, Cell::Number(f64::from(i) * 1.5, TWO_DECIMALS)),
            ],
            false,
        ));
    }
    let file = xlsx(&[("大表", sheet_xml(&rows, "", ""), false)]);
    let read = import_file("大表.xlsx", &file).unwrap();
    assert_eq!(read.records.len(), 1);
}

#[test]
fn an_ods_sheet_reads_its_shown_text_merges_and_hidden_rows() {
    let lines = county_table();
    let mut body = String::new();
    let (first, _) = find(&lines, "1-产出指标");
    for (r, cells) in lines.iter().enumerate() {
        let hidden = r == first + 1;
        body.push_str(if hidden {
            r#"<table:table-row table:visibility="collapse">"#
        } else {
            "<table:table-row>"
        });
        if hidden {
            body.push_str(r#"<table:table-cell office:value-type="string"><text:p>藏</text:p></table:table-cell>"#);
        }
        for (c, text) in cells.iter().enumerate() {
            if hidden {
                break;
            }
            if text == "400.000000" {
                body.push_str(r#"<table:table-cell office:value-type="float" office:value="400"><text:p>400.000000</text:p></table:table-cell>"#);
            } else if r > first && r <= first + 3 && c == 0 {
                body.push_str(r#"<table:covered-table-cell office:value-type="string"><text:p>旧值</text:p></table:covered-table-cell>"#);
            } else if r == first && c == 0 {
                body.push_str(&format!(r#"<table:table-cell table:number-rows-spanned="4" office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#));
            } else {
                body.push_str(&format!(r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#, escape(text)));
            }
        }
        body.push_str("</table:table-row>");
    }
    body.push_str(r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#);
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="表一"><table:table-column table:number-columns-repeated="4"/>{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let file = zip(&[
        (
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet".into(),
        ),
        ("content.xml", content),
    ]);
    let read = import_file("表.ods", &file).unwrap();
    let mut expected = lines.clone();
    expected[first + 1] = vec![String::new()];
    assert_eq!(
        workbook_text(&read),
        workbook_text(&import_text(&text_of(&expected)))
    );
    assert_eq!(read.records[0].source.sheet, "表一");
    assert!(
        read.records[0]
            .notes
            .iter()
            .any(|n| n.action == format!("工作表「表一」第 {} 行为隐藏行，已跳过", first + 2))
    );
}

#[test]
fn a_word_table_reads_spans_merges_and_skips_deleted_text() {
    let lines = county_table();
    let (first, _) = find(&lines, "1-产出指标");
    let mut body = String::from(
        r#"<w:p><w:r><w:t>部门项目支出预算绩效目标表</w:t></w:r></w:p><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p><w:sdt><w:sdtContent><w:tbl>"#,
    );
    for (r, cells) in lines.iter().enumerate().skip(6) {
        body.push_str("<w:tr>");
        let cells: Vec<&String> = cells.iter().collect();
        let mut c = 0;
        while c < cells.len() {
            let text = cells[c];
            let mut props = String::new();
            let mut span = 1;
            if c + 1 < cells.len()
                && cells[c + 1..].iter().all(|t| t.is_empty())
                && !text.is_empty()
            {
                span = cells.len() - c;
                props = format!(r#"<w:gridSpan w:val="{span}"/>"#);
            }
            if c == 0 && r == first {
                props.push_str(r#"<w:vMerge w:val="restart"/>"#);
            } else if c == 0 && r > first && r <= first + 3 {
                props.push_str("<w:vMerge/>");
            }
            let run = if text.is_empty() {
                String::new()
            } else {
                format!(
                    r#"<w:r><w:t>{}</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del>"#,
                    escape(text)
                )
            };
            body.push_str(&format!(
                "<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run}</w:p></w:tc>"
            ));
            c += span;
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl></w:sdtContent></w:sdt>");
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let file = zip(&[("word/document.xml", document)]);
    let read = import_file("表.docx", &file).unwrap();
    let mut expected = lines[2..].to_vec();
    expected.remove(1);
    expected.remove(2);
    assert_eq!(
        workbook_text(&read),
        workbook_text(&import_text(&text_of(&expected)))
    );
    assert!(read.records[0].source.sheet.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Bad files: each its message, no panic.

fn error(name: &str, bytes: &[u8]) -> String {
    match import_file(name, bytes) {
        Ok(w) => panic!("{name} read {} records", w.records.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_truncated_workbook_is_reported_damaged() {
    let bytes = fixture("office/pingluo-2026.xlsx");
    let message = error("截断.xlsx", &bytes[..bytes.len() / 2]);
    assert!(
        message.starts_with("截断.xlsx 已损坏，无法作为Excel 工作簿读取"),
        "{message}"
    );
}

#[test]
fn a_zip_without_a_workbook_is_not_an_office_file() {
    let message = error("压缩包.xlsx", &zip(&[("readme.txt", "hello".into())]));
    assert!(
        message.contains("压缩包.xlsx 是一个 zip 压缩包，但不是 Excel"),
        "{message}"
    );
}

#[test]
fn text_named_xlsx_is_refused_by_its_extension() {
    let message = error("假表.xlsx", "只是一段说明文字。\n".as_bytes());
    assert_eq!(
        message,
        "假表.xlsx 的扩展名是 .xlsx，但内容不是Excel 工作簿（而是文本，其中没有项目表）：请确认选对了文件"
    );
    // Table text under an .xlsx name is read by its content.
    let text = fixture("pingluo-2026.txt");
    assert!(
        !import_file("其实是文本.xlsx", &text)
            .unwrap()
            .records
            .is_empty()
    );
}

/// A compound file of 512-byte sectors holding empty streams named `streams`: sector 0 is the
/// FAT, sector 1 the directory (the root entry and up to three streams).
fn compound_file(streams: &[&str]) -> Vec<u8> {
    let mut file = vec![0u8; 512 * 3];
    let put32 =
        |f: &mut Vec<u8>, at: usize, v: u32| f[at..at + 4].copy_from_slice(&v.to_le_bytes());
    let put16 =
        |f: &mut Vec<u8>, at: usize, v: u16| f[at..at + 2].copy_from_slice(&v.to_le_bytes());
    file[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    put16(&mut file, 0x18, 0x3E);
    put16(&mut file, 0x1A, 3);
    put16(&mut file, 0x1C, 0xFFFE);
    put16(&mut file, 0x1E, 9);
    put16(&mut file, 0x20, 6);
    put32(&mut file, 0x2C, 1);
    put32(&mut file, 0x30, 1);
    put32(&mut file, 0x38, 4096);
    put32(&mut file, 0x3C, 0xFFFF_FFFE);
    put32(&mut file, 0x44, 0xFFFF_FFFE);
    for i in 0..109 {
        put32(
            &mut file,
            0x4C + 4 * i,
            if i == 0 { 0 } else { 0xFFFF_FFFF },
        );
    }
    put32(&mut file, 512, 0xFFFF_FFFD);
    put32(&mut file, 516, 0xFFFF_FFFE);
    for i in 2..128 {
        put32(&mut file, 512 + 4 * i, 0xFFFF_FFFF);
    }
    let names: Vec<&str> = std::iter::once("Root Entry")
        .chain(streams.iter().copied())
        .collect();
    for (i, name) in names.iter().enumerate() {
        let at = 1024 + 128 * i;
        let units: Vec<u16> = name.encode_utf16().collect();
        for (k, u) in units.iter().enumerate() {
            put16(&mut file, at + 2 * k, *u);
        }
        put16(&mut file, at + 64, (units.len() as u16 + 1) * 2);
        file[at + 66] = if i == 0 { 5 } else { 2 };
        file[at + 67] = 1;
        put32(&mut file, at + 68, u32::MAX);
        put32(
            &mut file,
            at + 72,
            if i > 0 && i + 1 < names.len() {
                i as u32 + 1
            } else {
                u32::MAX
            },
        );
        put32(
            &mut file,
            at + 76,
            if i == 0 && names.len() > 1 {
                1
            } else {
                u32::MAX
            },
        );
        put32(&mut file, at + 116, 0xFFFF_FFFE);
    }
    file
}

#[test]
fn a_binary_word_document_asks_to_be_saved_as_docx() {
    let message = error("旧文档.doc", &compound_file(&["WordDocument", "1Table"]));
    assert!(
        message.contains("旧文档.doc 是旧版 Word 文档（.doc）") && message.contains("另存为 .docx"),
        "{message}"
    );
}

#[test]
fn an_encrypted_workbook_asks_for_the_password_to_be_removed() {
    let message = error(
        "加密.xlsx",
        &compound_file(&["EncryptionInfo", "EncryptedPackage"]),
    );
    assert!(message.starts_with("加密.xlsx 设有打开密码"), "{message}");
}

#[test]
fn a_workbook_without_a_table_names_its_sheets() {
    let sheet = sheet_xml(
        &[(0, vec![(0, Cell::Text("只是一段说明".into()))], false)],
        "",
        "",
    );
    let file = xlsx(&[("Sheet1", sheet.clone(), false), ("Sheet2", sheet, false)]);
    assert!(matches!(
        import_file("空.xlsx", &file),
        Err(ImportError::NoTables { .. })
    ));
    assert_eq!(
        error("空.xlsx", &file),
        "空.xlsx 中没有找到项目表（绩效目标表或绩效自评表）：读了 2 个工作表（「Sheet1」、「Sheet2」）"
    );
}

#[test]
fn arbitrary_bytes_under_office_names_never_panic() {
    let sample = fixture("office/pingluo-2026.docx");
    for cut in [0, 4, 30, 100, 1000, sample.len() - 1] {
        for name in ["a.docx", "a.xlsx", "a.ods", "a.xls", "a"] {
            let _ = import_file(name, &sample[..cut]);
        }
    }
    let mut flipped = fixture("office/pingluo-2026.xlsx");
    for i in (200..flipped.len()).step_by(997) {
        flipped[i] ^= 0x55;
    }
    let _ = import_file("flipped.xlsx", &flipped);
    let _ = import_file("cfb.xls", &compound_file(&["Workbook"]));
}
