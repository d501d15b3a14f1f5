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
mod fragment;
mod header;
mod headings;
mod labels;
mod notes;
mod office;
mod parallel;
mod rows;
mod segment;
mod swap;
mod table;
mod text;
mod tree;

use crate::model::Workbook;
pub use fragment::{indicator_rows, indicator_rows_in};
pub use office::import_file;

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
    /// An office file whose package or stream cannot be read.
    #[error(
        "{file} 已损坏，无法作为{what}读取（{reason}）：请在 Excel、WPS 或 Word 中打开并另存后再试"
    )]
    Damaged {
        /// The file as named.
        file: String,
        /// What the file is (`Excel 工作簿`, `Word 文档`).
        what: &'static str,
        /// The reader's reason.
        reason: String,
    },
    /// One sheet of a workbook cannot be read.
    #[error("{file} 的工作表「{sheet}」无法读取（{reason}）")]
    Sheet {
        /// The file as named.
        file: String,
        /// The sheet's name.
        sheet: String,
        /// The reader's reason.
        reason: String,
    },
    /// The file is encrypted with a password to open it.
    #[error(
        "{file} 设有打开密码（文件已加密），jixiao 无法读取：请在 Excel、WPS 或 Word 中输入密码打开，取消密码后另存，再打开"
    )]
    Encrypted {
        /// The file as named.
        file: String,
    },
    /// A binary Word document (.doc, or WPS 文字 .wps).
    #[error(
        "{file} 是旧版 Word 文档（.doc），jixiao 不能直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再打开"
    )]
    LegacyWord {
        /// The file as named.
        file: String,
    },
    /// A zip package or compound file that is no workbook or Word document.
    #[error("{file} 是{}，但不是 Excel、WPS 表格、OpenDocument 工作簿或 Word 文档，jixiao 无法读取", if *zip { "一个 zip 压缩包" } else { "一个 Office 旧格式文件" })]
    UnknownOffice {
        /// The file as named.
        file: String,
        /// Whether it is a zip package (else an OLE compound file).
        zip: bool,
    },
    /// The name promises an office file, the content is something else.
    #[error(
        "{file} 的扩展名是 .{extension}，但内容不是{expected}（而是{found}）：请确认选对了文件"
    )]
    WrongContent {
        /// The file as named.
        file: String,
        /// The extension, lower case.
        extension: String,
        /// What the extension promises.
        expected: &'static str,
        /// What the content is.
        found: &'static str,
    },
    /// A spreadsheet or Word document without any table jixiao recognises.
    #[error(
        "{file} 中没有找到项目表（绩效目标表或绩效自评表）{}",
        sheets_read(sheets)
    )]
    NoTables {
        /// The file as named.
        file: String,
        /// The sheets that were read, empty for a Word document.
        sheets: Vec<String>,
    },
}

impl ImportError {
    /// Whether the message names the file already (every error but [`ImportError::Encoding`]).
    pub fn names_file(&self) -> bool {
        !matches!(self, ImportError::Encoding { .. })
    }
}

fn sheets_read(sheets: &[String]) -> String {
    match sheets {
        [] => String::new(),
        sheets => format!(
            "：读了 {} 个工作表（{}）",
            sheets.len(),
            sheets
                .iter()
                .map(|s| format!("「{s}」"))
                .collect::<Vec<_>>()
                .join("、")
        ),
    }
}

/// Reads a document given as bytes: UTF-8 (with or without BOM), GB18030/GBK or UTF-16 with BOM.
pub fn import_bytes(bytes: &[u8]) -> Result<Workbook, ImportError> {
    let text = decode::decode(bytes)?;
    Ok(import_text(&text))
}

/// Bytes of text per table the record list is first sized for.
const TEXT_PER_TABLE: usize = 2048;

/// Reads a document given as text. Never fails: what cannot be read is passed over (outside
/// tables) or kept in the notes of the table it stands in.
pub fn import_text(text: &str) -> Workbook {
    let text = rows::lone_cr_as_line_end(text);
    // Room for a table per 2 KB of text (real tables are 2 to 3 KB): a province's records
    // (2.5 KB each) are then not copied over and over as the list doubles, nor again when it is
    // fitted, which leaves a block at least half used in place. Room never written to costs no
    // memory.
    let mut records = Vec::with_capacity(text.len() / TEXT_PER_TABLE);
    parallel::read_tables(&text, |next| headings::extend(&mut records, next));
    records.shrink_to_fit();
    Workbook { records }
}
