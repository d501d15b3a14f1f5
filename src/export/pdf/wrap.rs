//! Line breaking inside a cell, by the advances of the glyphs the text will be drawn with.
//!
//! Chinese may break between any two characters, except before closing punctuation (`，。）、：%`)
//! and after opening punctuation (`（“《`), so a line never starts with a comma. Latin words and
//! numbers (`≥95%`, `2026-12-31`, `13032125P0086E`) break at spaces, and inside only when one
//! alone is wider than the line. Widths are in em: the caller divides by the font size.

/// The advance of a character, in em.
pub type Advance<'a> = &'a dyn Fn(char) -> f32;

/// The lines of `text` within `max` em: one paragraph per line of the text (a cell may hold line
/// breaks), each broken greedily. Spaces where a line breaks are dropped. A character wider than
/// `max` stands on a line of its own (the drawing clips it); an empty text is one empty line.
pub fn wrap<'t>(text: &'t str, max: f32, advance: Advance) -> Vec<&'t str> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        wrap_paragraph(paragraph, max, advance, &mut lines);
    }
    lines
}

/// The width of the widest line of `text` left unbroken, in em: what a column needs so the text
/// needs no wrapping.
pub fn natural_width(text: &str, advance: Advance) -> f32 {
    text.split('\n')
        .map(|line| {
            line.trim_end_matches('\r')
                .chars()
                .map(advance)
                .sum::<f32>()
        })
        .fold(0.0, f32::max)
}

/// The width of the widest piece of `text` that may not be broken (a Latin word, a number with
/// its unit, a Chinese character with the punctuation that must follow it), in em: below this the
/// text is broken inside words.
pub fn unbreakable_width(text: &str, advance: Advance) -> f32 {
    let mut widest = 0.0f32;
    let mut piece = 0.0f32;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == '\n' || c == '\r' || prev.is_some_and(|p| can_break_between(p, c)) {
            piece = 0.0;
        }
        if !c.is_whitespace() {
            piece += advance(c);
            widest = widest.max(piece);
        }
        prev = Some(c);
    }
    widest
}

/// Breaks one paragraph (no line breaks in it) into `lines`.
fn wrap_paragraph<'t>(paragraph: &'t str, max: f32, advance: Advance, lines: &mut Vec<&'t str>) {
    // Byte index where the current line starts, and the width of the line so far.
    let mut start = 0;
    let mut width = 0.0f32;
    // The last place in the current line where the next line may start.
    let mut opportunity: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in paragraph.char_indices() {
        if i > start && prev.is_some_and(|p| can_break_between(p, c)) {
            opportunity = Some(i);
        }
        let w = advance(c);
        // Spaces may hang past the edge: they are dropped at the break. So may closing
        // punctuation with no earlier place to break: a line never starts with it.
        let hangs = c.is_whitespace() || (closes(c) && opportunity.is_none());
        if width + w > max && i > start && !hangs {
            let at = opportunity.filter(|&at| at > start).unwrap_or(i);
            lines.push(paragraph[start..at].trim_end());
            start = skip_spaces(paragraph, at);
            width = paragraph[start..i].chars().map(advance).sum();
            opportunity = None;
        }
        width += w;
        prev = Some(c);
    }
    lines.push(paragraph[start..].trim_end());
}

/// The first byte index at or after `at` that is not a space.
fn skip_spaces(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
}

/// Whether a line may end after `before` and the next start with `after`.
fn can_break_between(before: char, after: char) -> bool {
    if after.is_whitespace() {
        return false;
    }
    if before.is_whitespace() {
        return true;
    }
    if closes(after) || opens(before) {
        return false;
    }
    is_cjk(before) || is_cjk(after)
}

/// Punctuation a line must not start with.
fn closes(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '」'
            | '』'
            | '】'
            | '》'
            | '〉'
            | '〕'
            | '］'
            | '｝'
            | '”'
            | '’'
            | '％'
            | '%'
            | '·'
            | '…'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
    )
}

/// Punctuation a line must not end with.
fn opens(c: char) -> bool {
    matches!(
        c,
        '（' | '「'
            | '『'
            | '【'
            | '《'
            | '〈'
            | '〔'
            | '［'
            | '｛'
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
    )
}

/// Characters set in Chinese text, between any two of which a line may break: ideographs, kana,
/// CJK punctuation and the full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chinese one em, everything else half.
    fn em(c: char) -> f32 {
        if is_cjk(c) { 1.0 } else { 0.5 }
    }

    fn lines(text: &str, max: f32) -> Vec<&str> {
        wrap(text, max, &em)
    }

    #[test]
    fn chinese_breaks_between_any_two_characters() {
        assert_eq!(
            lines("完成年度事业单位招聘", 4.0),
            ["完成年度", "事业单位", "招聘"]
        );
    }

    #[test]
    fn closing_punctuation_stays_with_the_character_before_it() {
        // `，` would start the second line: the character before it comes along.
        assert_eq!(lines("一二三四，五六", 4.0), ["一二三", "四，五六"]);
        assert_eq!(lines("提升率达到95%", 6.0), ["提升率达到", "95%"]);
        // With no earlier place to break, the closing bracket hangs past the edge.
        assert_eq!(lines("（一）项目", 2.0), ["（一）", "项目"]);
    }

    #[test]
    fn latin_words_and_numbers_break_at_spaces() {
        assert_eq!(
            lines("2026 年 12 月底前完成", 4.0),
            ["2026 年", "12 月底", "前完成"]
        );
        assert_eq!(lines("abc defg", 3.0), ["abc", "defg"]);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_inside() {
        assert_eq!(lines("13032125P0086E", 3.0), ["130321", "25P008", "6E"]);
    }

    #[test]
    fn line_breaks_in_the_cell_are_kept_and_empty_text_is_one_line() {
        assert_eq!(lines("目标1\r\n\n目标2", 10.0), ["目标1", "", "目标2"]);
        assert_eq!(lines("", 10.0), [""]);
    }

    #[test]
    fn a_character_wider_than_the_line_stands_alone_and_nothing_is_lost() {
        assert_eq!(lines("一二", 0.5), ["一", "二"]);
        let text = "指标 1：年度事业单位工作人员招聘计划完成率≥95%，abc def".repeat(20);
        for max in [0.0, 0.7, 3.0, 11.0] {
            let joined: String = lines(&text, max).concat();
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(squeeze(&joined), squeeze(&text), "max {max}");
        }
    }

    #[test]
    fn no_line_is_wider_than_the_width_unless_a_single_piece_is() {
        let text =
            "按照 3 年一轮原则，各乡镇（街道）实施高标准农田建设 1.5万亩，灌排设施配套率≥95%。";
        for line in lines(text, 6.0) {
            assert!(natural_width(line, &em) <= 6.0, "{line}");
        }
    }

    #[test]
    fn widths_measure_the_longest_line_and_the_longest_unbreakable_piece() {
        assert_eq!(natural_width("一二三\nab", &em), 3.0);
        assert_eq!(unbreakable_width("一二 abcd 三", &em), 2.0);
        assert_eq!(unbreakable_width("达到95%", &em), 1.5);
    }
}
