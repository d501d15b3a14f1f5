//! Bytes to text: documents come as UTF-8 (with or without BOM), as GB18030/GBK from older
//! Windows tools, or as UTF-16 from Excel's 「Unicode 文本」. Bytes that fit none of them are
//! refused with the offset of the first bad byte, so a wrong file never turns into mojibake records.

use super::ImportError;
use encoding_rs::{DecoderResult, Encoding, GB18030};
use std::borrow::Cow;

/// Decodes `bytes` into text, borrowing when they already are UTF-8.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if encoding == encoding_rs::UTF_8 {
            return utf8(body, bom_len);
        }
        return strict(encoding, body, bom_len).map(Cow::Owned);
    }
    match utf8(bytes, 0) {
        Ok(text) => Ok(text),
        Err(utf8_error) => match strict(GB18030, bytes, 0) {
            Ok(text) => Ok(Cow::Owned(text)),
            // Report the reading that got further: that is the encoding the file most likely uses.
            Err(gb_error) => Err(further(utf8_error, gb_error)),
        },
    }
}

fn utf8(bytes: &[u8], skipped: usize) -> Result<Cow<'_, str>, ImportError> {
    // std's validation was 4 % of a check's instructions, on one core before any other work
    // starts; the vectorised check is several times faster. std finds the offset of a bad byte,
    // once, for the message.
    simdutf8::basic::from_utf8(bytes)
        .or_else(|_| std::str::from_utf8(bytes))
        .map(Cow::Borrowed)
        .map_err(|e| ImportError::Encoding {
            offset: skipped + e.valid_up_to(),
        })
}

/// Decodes without replacement characters; a malformed sequence is an error at its offset.
fn strict(
    encoding: &'static Encoding,
    bytes: &[u8],
    skipped: usize,
) -> Result<String, ImportError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, after) => Err(ImportError::Encoding {
            offset: skipped + read.saturating_sub(usize::from(bad) + usize::from(after)),
        }),
        DecoderResult::OutputFull => Err(ImportError::Encoding {
            offset: skipped + read,
        }),
    }
}

fn further(a: ImportError, b: ImportError) -> ImportError {
    let offset = |e: &ImportError| match e {
        ImportError::Encoding { offset } => *offset,
        _ => 0,
    };
    if offset(&b) > offset(&a) { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_bom_is_dropped_and_the_text_borrowed() {
        let text = decode("\u{feff}项目名称\t甲".as_bytes()).unwrap();
        assert_eq!(text, "项目名称\t甲");
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("项目名称\t劳动监察\r\n");
        assert_eq!(decode(&bytes).unwrap(), "项目名称\t劳动监察\r\n");
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "单位：万元".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap(), "单位：万元");
    }

    #[test]
    fn undecodable_bytes_name_their_offset() {
        let mut bytes = "项目名称".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xFF, 0xFF, 0xFF]);
        match decode(&bytes) {
            Err(ImportError::Encoding { offset }) => assert_eq!(offset, 12),
            other => panic!("expected an encoding error, got {other:?}"),
        }
    }
}
