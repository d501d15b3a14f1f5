//! Reading table documents (text copied out of PDFs, Word, Excel) into a workbook.
//!
//! A document holds any number of tables in any form, among prose, tables of contents and other
//! tables. The importer decodes the bytes ([`decode`]), reads rows of cells ([`rows`]), finds the
//! tables in one pass ([`segment`]), and reads each into records: a table of one of the five
//! local forms by that form's layout — its header ([`header`]) and its indicator tree
//! ([`tree`]) — and every other office's table by its headings ([`headings`]). Damage from PDF
//! extraction is repaired where the intent is clear, and every repair or guess is kept as an
//! [`ImportNote`](crate::model::ImportNote) on the record; a guess a person must confirm is a
//! doubt, which makes the record [`Confidence::Review`](crate::model::Confidence::Review).

mod assign;
mod decode;
mod header;
mod headings;
mod labels;
mod notes;
mod rows;
mod segment;
mod swap;
mod table;
mod text;
mod tree;

use crate::model::Workbook;

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The bytes are neither UTF-8 nor GB18030 (nor UTF-16, when they start with its BOM).
    #[error(
        "无法识别文本编码：第 {offset} 字节处不是有效的 UTF-8 或 GB18030 字符（带 BOM 的文件按 BOM 所示的编码读取）"
    )]
    Encoding {
        /// Byte offset of the first undecodable byte.
        offset: usize,
    },
}

/// Reads a document given as bytes: UTF-8 (with or without BOM), GB18030/GBK or UTF-16 with BOM.
pub fn import_bytes(bytes: &[u8]) -> Result<Workbook, ImportError> {
    let text = decode::decode(bytes)?;
    Ok(import_text(&text))
}

/// Reads a document given as text. Never fails: what cannot be read is passed over (outside
/// tables) or kept in the notes of the table it stands in.
pub fn import_text(text: &str) -> Workbook {
    let text = rows::lone_cr_as_line_end(text);
    let mut records = Vec::new();
    segment::segment(&text, |found| {
        headings::extend(&mut records, table::read(found));
    });
    Workbook { records }
}
