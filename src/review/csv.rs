//! The opinion as CSV: UTF-8 with a byte order mark (without it Excel on a Chinese system reads
//! the file as GBK and garbles every character), fields quoted as RFC 4180 asks, CRLF line ends.

use super::{OPINION_COLUMNS, Review};

/// One line per finding and per file that could not be read, after the heading.
pub fn review_csv(review: &Review) -> Vec<u8> {
    let mut text = String::from("\u{feff}");
    line(&mut text, OPINION_COLUMNS.iter().copied());
    for row in review.rows() {
        line(&mut text, row.iter().map(String::as_str));
    }
    text.into_bytes()
}

fn line<'a>(text: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (k, field) in fields.enumerate() {
        if k > 0 {
            text.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            text.push('"');
            text.push_str(&field.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(field);
        }
    }
    text.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        let mut text = String::new();
        super::line(
            &mut text,
            ["a,b", "say \"hi\"", "two\nlines", "plain"].into_iter(),
        );
        assert_eq!(text, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
    }
}
