//! The scoring method a form states (得分计算方法, 评(扣)分标准): which band limits it names for
//! qualitative rows, and whether an unmet `＝` row is scored in proportion.
//!
//! Only what changes a score is read; the rest of the text is the reviewer's to read.

use rust_decimal::Decimal;

/// How rows of one table are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method {
    /// The lowest share (percent) of the weight a fully achieved qualitative row earns.
    pub achieved_low: Decimal,
    /// The lowest share (percent) of the weight a partly achieved qualitative row earns.
    pub partial_low: Decimal,
    /// Whether an unmet `＝` row earns its share in proportion (`按比例`, `B/A`), not 0.
    pub proportional_equal: bool,
}

impl Default for Method {
    /// The national guidance (财预〔2020〕10号): 100–80%, 80–60%, below 60%; `＝` all or nothing.
    fn default() -> Method {
        Method {
            achieved_low: Decimal::from(80),
            partial_low: Decimal::from(60),
            proportional_equal: false,
        }
    }
}

impl Method {
    /// The method `text` states, the national one where it says nothing: band limits written
    /// as ranges of percent (`100-80%（含）、80-50%（含）、50-0%`, `80%-100%`), proportional
    /// scoring by `按比例`, `B/A` or `A/B`.
    pub fn read(text: &str) -> Method {
        let mut method = Method::default();
        if ["按比例", "B/A", "A/B", "比例扣分"]
            .iter()
            .any(|w| text.contains(w))
        {
            method.proportional_equal = true;
        }
        let mut bands = ranges(text);
        // The top band is the one reaching 100%, the next one begins where it ends.
        bands.sort_by_key(|band| std::cmp::Reverse(band.1));
        if let [(low, high), (next_low, next_high), ..] = bands.as_slice()
            && *high == Decimal::ONE_HUNDRED
            && next_high == low
            && next_low < low
        {
            method.achieved_low = *low;
            method.partial_low = *next_low;
        }
        method
    }
}

/// The ranges of percent in `text`, each as (low, high): `100-80%`, `80%-100%`, `80～60%`.
fn ranges(text: &str) -> Vec<(Decimal, Decimal)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some((a, after_a)) = number_at(&chars, i) else {
            i = i.saturating_add(1);
            continue;
        };
        let mut j = after_a;
        if chars.get(j) == Some(&'%') || chars.get(j) == Some(&'％') {
            j = j.saturating_add(1);
        }
        let dash = matches!(
            chars.get(j),
            Some('-' | '－' | '–' | '—' | '~' | '～' | '至' | '到')
        );
        if dash && let Some((b, after_b)) = number_at(&chars, j.saturating_add(1)) {
            let percent = matches!(chars.get(after_b), Some('%' | '％'));
            let hundred = Decimal::ONE_HUNDRED;
            if percent && a <= hundred && b <= hundred {
                out.push((a.min(b), a.max(b)));
            }
            i = after_b;
        } else {
            i = after_a;
        }
    }
    out
}

/// The number (digits, one decimal point) starting at `i`, and where it ends.
fn number_at(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    let end = chars
        .get(i..)?
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == '.'))
        .map_or(chars.len(), |n| i.saturating_add(n));
    if end == i || chars.get(i).is_some_and(|c| *c == '.') {
        return None;
    }
    let text: String = chars.get(i..end)?.iter().collect();
    text.parse().ok().map(|n| (n, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn the_zhongwei_method_names_the_older_bands_and_proportional_scoring() {
        let text = "1.若为定性指标，则根据“三档”原则分别按照指标值的 100-80%（含）、80-50%（含）、50-0%来记分。 2.若为定量指标，完成值达到指标值，记满分；未达到指标值，按 B/A 或 A/B × 该指标分值记分。";
        let method = Method::read(text);
        assert_eq!(method.achieved_low, dec!(80));
        assert_eq!(method.partial_low, dec!(50));
        assert!(method.proportional_equal);
    }

    #[test]
    fn a_method_that_says_nothing_is_the_national_one() {
        assert_eq!(Method::read(""), Method::default());
        assert_eq!(
            Method::read("执行率*该指标分值,最高不得超过分值上限。").partial_low,
            dec!(60)
        );
        let written = Method::read("达成预期指标80%-100%，部分达成60%-80%，未达成0-60%");
        assert_eq!(
            (written.achieved_low, written.partial_low),
            (dec!(80), dec!(60))
        );
        assert!(Method::read("完成得满分，未完成按比例扣分").proportional_equal);
    }
}
