//! The opinion as one self-contained HTML page (no scripts, no outside files), UTF-8, styled to
//! be read on screen and printed: the table headings repeat on every printed page.

use super::{OPINION_COLUMNS, Review, SUMMARY_COLUMNS};
use std::fmt::Write as _;

const STYLE: &str = "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;\
margin:2em;color:#000}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}\
table{border-collapse:collapse;width:100%;font-size:0.9em}th,td{border:1px solid #444;\
padding:0.25em 0.4em;vertical-align:top;text-align:left}th{background:#eee}\
td.n{text-align:right}tr.错误 td:nth-child(5){color:#b00;font-weight:bold}\
tr.无法读取 td{background:#fdd}thead{display:table-header-group}\
tr{page-break-inside:avoid}@media print{body{margin:0}th{background:#ddd}}";

/// The page: the opinion (审核意见) and the summary (汇总), every text escaped.
pub fn review_html(review: &Review) -> Vec<u8> {
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        page,
        "<title>审核意见</title>\n<style>{STYLE}</style>\n</head>\n<body>"
    );
    page.push_str("<h1>审核意见</h1>\n<table>\n");
    heading(&mut page, &OPINION_COLUMNS);
    page.push_str("<tbody>\n");
    for row in review.rows() {
        // The severity as the row's class: the style marks errors and unreadable files.
        let _ = write!(page, "<tr class=\"{}\">", escape(&row[4]));
        for cell in &row {
            let _ = write!(page, "<td>{}</td>", escape(cell));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n<h2>汇总</h2>\n<table>\n");
    heading(&mut page, &SUMMARY_COLUMNS);
    page.push_str("<tbody>\n");
    for row in review.summary() {
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td>",
            escape(row.group),
            escape(&row.name)
        );
        for n in row.numbers() {
            let _ = write!(page, "<td class=\"n\">{n}</td>");
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    page.into_bytes()
}

fn heading(page: &mut String, columns: &[&str]) {
    page.push_str("<thead><tr>");
    for column in columns {
        let _ = write!(page, "<th>{}</th>", escape(column));
    }
    page.push_str("</tr></thead>\n");
}

/// `text` safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(super::escape("<b>&\"'≥"), "&lt;b&gt;&amp;&quot;&#39;≥");
    }
}
