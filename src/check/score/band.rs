//! Which of the three bands (三档) a qualitative row's result falls in, read from the words of
//! its 实际完成值 against its target.

/// The three bands of qualitative scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// 达成预期指标.
    Achieved,
    /// 部分达成并具有一定效果.
    Partial,
    /// 未达成且效果较差.
    Missed,
}

impl Band {
    /// The band's name as the guidance writes it.
    pub fn label(self) -> &'static str {
        match self {
            Band::Achieved => "达成预期指标",
            Band::Partial => "部分达成并具有一定效果",
            Band::Missed => "未达成且效果较差",
        }
    }
}

/// Words of a result that fell short. Read first: `未完成` contains `完成`.
const MISSED: [&str; 8] = [
    "未完成",
    "未达成",
    "未达到",
    "未实现",
    "没有完成",
    "未落实",
    "较差",
    "未按时",
];

/// Words of a result reached in part.
const PARTIAL: [&str; 4] = ["部分", "基本完成", "基本达到", "基本实现"];

/// Words of a result reached.
const ACHIEVED: [&str; 9] = [
    "已完成",
    "完成",
    "达成",
    "达到",
    "实现",
    "符合",
    "按时",
    "已落实",
    "是",
];

/// The band `actual` falls in against `target`, when the words tell; `None` when they do not
/// (a result in other words than the target's is for a person to judge).
pub fn band_of(target: &str, actual: &str) -> Option<Band> {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '。' | '，' | ','))
            .collect()
    };
    let (target, actual) = (squeeze(target), squeeze(actual));
    if actual.is_empty() {
        return None;
    }
    if MISSED.iter().any(|w| actual.contains(w)) || actual == "否" && target != "否" {
        return Some(Band::Missed);
    }
    if PARTIAL.iter().any(|w| actual.contains(w)) {
        return Some(Band::Partial);
    }
    if actual == target || ACHIEVED.iter().any(|w| actual.contains(w)) {
        return Some(Band::Achieved);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_are_banded_by_their_words() {
        assert_eq!(band_of("有效", "有效"), Some(Band::Achieved));
        assert_eq!(
            band_of("社会认可的办学环境.", "社会认可的办学环境。"),
            Some(Band::Achieved)
        );
        assert_eq!(band_of("稳步提升", "已完成"), Some(Band::Achieved));
        assert_eq!(band_of("稳步提升", "基本完成"), Some(Band::Partial));
        assert_eq!(band_of("按时完成", "未完成"), Some(Band::Missed));
        assert_eq!(band_of("是", "否"), Some(Band::Missed));
        assert_eq!(band_of("否", "否"), Some(Band::Achieved));
        assert_eq!(band_of("一", "目标明确、内容细化"), None);
    }
}
