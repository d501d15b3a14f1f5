//! What is wrong in a damaged workbook file, in Chinese and in the file's own terms: the names
//! a person sees in the file (fields, values), never the program's internal type names.

use ron::error::Error;

/// The problem `error` reports, as one Chinese phrase.
pub fn describe(error: &Error) -> String {
    let fixed = match error {
        Error::Eof => "文件意外结束（内容不完整，可能是保存时被中断）",
        Error::ExpectedArray => "这里应为列表的开始“[”",
        Error::ExpectedArrayEnd => "这里应为列表的结束“]”",
        Error::ExpectedComma => "这里缺少逗号",
        Error::ExpectedMap => "这里应为“{”",
        Error::ExpectedMapColon => "这里缺少冒号",
        Error::ExpectedMapEnd => "这里应为“}”",
        Error::ExpectedStructLike
        | Error::ExpectedNamedStructLike(_)
        | Error::ExpectedDifferentStructName { .. }
        | Error::ExpectedStructName(_) => "这里应为“(”开始的一组字段",
        Error::ExpectedOptionEnd | Error::ExpectedStructLikeEnd => "这里应为“)”",
        Error::ExpectedString | Error::ExpectedChar => "这里应为带引号的文字",
        Error::ExpectedStringEnd => "文字的引号没有结束（文件可能不完整）",
        Error::ExpectedInteger | Error::InvalidIntegerDigit { .. } => "这里应为整数",
        Error::ExpectedFloat | Error::FloatUnderscore => "这里应为数字",
        Error::IntegerOutOfBounds => "数字超出了允许的范围",
        Error::ExpectedBoolean => "这里应为 true 或 false",
        Error::ExpectedOption => "这里应为 Some(…) 或 None",
        Error::ExpectedIdentifier | Error::InvalidIdentifier(_) => "这里应为字段名或取值名",
        Error::InvalidEscape(_) => "文字中有无效的转义符（\\）",
        Error::UnclosedBlockComment | Error::UnclosedLineComment => "注释没有结束",
        Error::TrailingCharacters => "工作簿结束后还有多余的内容",
        Error::Utf8Error(_) => "内容不是有效的 UTF-8 文本",
        Error::ExceededRecursionLimit => "嵌套层数过多",
        Error::NoSuchEnumVariant {
            found, expected, ..
        } => {
            return format!("未知的取值「{found}」（可用：{}）", expected.join("、"));
        }
        Error::NoSuchStructField { found, .. } => {
            return format!(
                "未知的字段「{found}」：本程序不认识它，为避免丢失其中的内容拒绝打开（它可能来自其他程序，或被手工加入）"
            );
        }
        Error::MissingStructField { field, .. } => return format!("缺少字段「{field}」"),
        Error::DuplicateStructField { field, .. } => return format!("字段「{field}」重复出现"),
        Error::InvalidValueForType { found, .. } => return format!("取值 {found} 的类型不对"),
        Error::ExpectedDifferentLength { found, .. } => {
            return format!("这里的项数（{found}）不对");
        }
        Error::Message(message) | Error::Io(message) => return format!("内容无效（{message}）"),
        _ => "内容不是 jixiao 工作簿的格式",
    };
    fixed.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_field_is_named_without_the_type_it_was_found_in() {
        let message = describe(&Error::NoSuchStructField {
            expected: &["name"],
            found: "colour".into(),
            outer: Some("Indicator".into()),
        });
        assert!(
            message.contains("colour") && !message.contains("Indicator"),
            "{message}"
        );
    }

    #[test]
    fn the_recursion_limit_does_not_name_the_library() {
        let message = describe(&Error::ExceededRecursionLimit);
        assert!(!message.contains("serde"), "{message}");
    }
}
