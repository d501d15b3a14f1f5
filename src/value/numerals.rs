//! Lengths of time written in Chinese numerals (`一年`, `三个月`, `半年`, `二十四小时`): the
//! header's 项目期限 and some 时效 values are written this way. Only a whole value of numeral and
//! time unit is read, so words such as `一类区` or `效果一般` stay qualitative.

use super::cursor::Cursor;
use super::lexicon::{COMPARISON_AFTER, TIME_UNITS};
use super::text::starts_with;
use super::{Comparison, Duration};
use rust_decimal::Decimal;

/// Reads `words` as a length of time in Chinese numerals, with a comparison after it
/// (`一年以上`), or `None`.
pub(super) fn chinese_duration(words: &str) -> Option<(Duration, Option<Comparison>)> {
    let mut cur = Cursor::new(words, 0);
    let amount = numeral(&mut cur)?;
    let rest = cur.rest();
    let &(word, unit) = TIME_UNITS
        .iter()
        .filter(|(word, _)| starts_with(rest, word))
        .max_by_key(|(word, _)| word.len())?;
    cur.eat(word);
    let comparison = cur.eat_any(COMPARISON_AFTER).map(|i| COMPARISON_AFTER[i].1);
    cur.at_end()
        .then_some((Duration { amount, unit }, comparison))
}

/// A numeral from 一 to 九十九, or 半 (a half).
fn numeral(cur: &mut Cursor) -> Option<Decimal> {
    if cur.eat("半") {
        return Some(Decimal::new(5, 1));
    }
    let tens = match digit(cur) {
        Some(d) if cur.eat("十") => d,
        Some(d) => return Some(Decimal::from(d)),
        None if cur.eat("十") => 1,
        None => return None,
    };
    let ones = digit(cur).unwrap_or(0);
    Some(
        Decimal::from(tens)
            .saturating_mul(Decimal::TEN)
            .saturating_add(Decimal::from(ones)),
    )
}

/// One of 一 … 九 (and 两).
fn digit(cur: &mut Cursor) -> Option<u32> {
    const DIGITS: [(&str, u32); 10] = [
        ("一", 1),
        ("两", 2),
        ("二", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
    ];
    cur.eat_any(&DIGITS).map(|index| DIGITS[index].1)
}
