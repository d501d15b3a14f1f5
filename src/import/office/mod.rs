//! Opening office files: Excel (.xlsx, .xls), WPS (.et), OpenDocument (.ods) and Word (.docx).
//!
//! The kind of a file is told by its content, never by its name: a zip package by the part
//! that only its kind has (`xl/workbook.xml`, the `mimetype` of an OpenDocument spreadsheet,
//! `word/document.xml`); an OLE compound file by its streams ([`cfb`]); anything else is table
//! text. The name is used only to say what went wrong (an `.xlsx` that holds text).
//!
//! Every sheet of a workbook, and a Word document as a whole, is turned into the text a copy
//! of it out of Excel or Word would give ([`sheet`], [`docx`]), and that text is read by
//! [`import_text`](super::import_text), so every form, repair, note and confidence of text
//! import applies unchanged. Each record says where it came from
//! ([`Source`](crate::model::Source)): the file, and the sheet of a workbook, whose row
//! numbers are the lines of its notes.
//!
//! Hidden sheets are read like the others (a hidden sheet may hold the table a reviewer is
//! sent), and every table read from one says so in a note.

mod cfb;
mod clipboard;
mod docx;
mod number_format;
mod ods;
mod sheet;
mod spreadsheet;
mod xlsx_layout;
mod xml;

use super::ImportError;
use crate::model::{ImportNote, Record, Source, Workbook};
use sheet::SheetText;
use std::io::Cursor;

/// One sheet of a workbook, as text.
#[derive(Debug)]
struct SheetDoc {
    name: String,
    hidden: bool,
    text: SheetText,
}

/// Why a reader gave up; [`import_file`] adds the file.
#[derive(Debug)]
enum Failure {
    Damaged(String),
    Encrypted,
    Sheet { sheet: String, reason: String },
}

/// What the content of a file is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Ods,
    Docx,
    /// A zip package of no kind jixiao reads.
    OtherZip,
    /// A zip package whose directory cannot be read (cut off, damaged).
    DamagedZip(String),
    /// An .xls or WPS .et workbook (BIFF in a compound file).
    Xls,
    Encrypted,
    Doc,
    /// A compound file of no kind jixiao reads (PowerPoint, a damaged directory).
    OtherCompound,
    Text,
}

/// Reads a file of tables given as its name and bytes: a spreadsheet, a Word document or
/// table text, told apart by content. Every record's [`Source`] names `name` (and the sheet).
/// A spreadsheet or Word document without a table is an error ([`ImportError::NoTables`]);
/// text without one is an empty workbook, as [`import_bytes`](super::import_bytes) gives.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Workbook, ImportError> {
    let file = name.to_owned();
    let fail = |failure: Failure, what: &'static str| match failure {
        Failure::Damaged(reason) => ImportError::Damaged {
            file: file.clone(),
            what,
            reason,
        },
        Failure::Encrypted => ImportError::Encrypted { file: file.clone() },
        Failure::Sheet { sheet, reason } => ImportError::Sheet {
            file: file.clone(),
            sheet,
            reason,
        },
    };
    let mut workbook = match kind(bytes) {
        Kind::Xlsx => sheets(
            spreadsheet::read_xlsx(bytes).map_err(|f| fail(f, "Excel 工作簿"))?,
            name,
        )?,
        Kind::Xls => sheets(
            spreadsheet::read_xls(bytes).map_err(|f| fail(f, "Excel/WPS 工作簿"))?,
            name,
        )?,
        Kind::Ods => sheets(
            ods::read_ods(bytes).map_err(|f| fail(f, "OpenDocument 工作簿"))?,
            name,
        )?,
        Kind::Docx => {
            let text = read_docx(bytes).map_err(|f| fail(f, "Word 文档"))?;
            let workbook = super::import_text(&text);
            if workbook.records.is_empty() {
                return Err(ImportError::NoTables {
                    file,
                    sheets: Vec::new(),
                });
            }
            workbook
        }
        Kind::Encrypted => return Err(ImportError::Encrypted { file }),
        Kind::Doc => return Err(ImportError::LegacyWord { file }),
        Kind::DamagedZip(reason) => {
            return Err(ImportError::Damaged {
                file,
                what: expected_kind(name).unwrap_or("Office 文件（zip 压缩包）"),
                reason,
            });
        }
        Kind::OtherZip => return Err(ImportError::UnknownOffice { file, zip: true }),
        Kind::OtherCompound => return Err(ImportError::UnknownOffice { file, zip: false }),
        Kind::Text => text(name, bytes)?,
    };
    for record in &mut workbook.records {
        record.source.file = name.to_owned();
    }
    Ok(workbook)
}

fn kind(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let mut zip = match zip::ZipArchive::new(Cursor::new(bytes)) {
            Ok(zip) => zip,
            Err(e) => return Kind::DamagedZip(e.to_string()),
        };
        if zip.index_for_name("xl/workbook.xml").is_some() {
            return Kind::Xlsx;
        }
        if zip.index_for_name(docx::DOCUMENT_PART).is_some() {
            return Kind::Docx;
        }
        let mut mimetype = String::new();
        if let Ok(mut entry) = zip.by_name("mimetype") {
            use std::io::Read;
            let _ = entry.by_ref().take(200).read_to_string(&mut mimetype);
        }
        if mimetype.trim() == ods::MIMETYPE {
            return Kind::Ods;
        }
        return Kind::OtherZip;
    }
    if bytes.starts_with(&cfb::SIGNATURE) {
        let Some(names) = cfb::entry_names(bytes) else {
            return Kind::OtherCompound;
        };
        let has = |wanted: &str| names.iter().any(|n| n.eq_ignore_ascii_case(wanted));
        return if has("EncryptionInfo") || has("EncryptedPackage") {
            Kind::Encrypted
        } else if has("WordDocument") {
            Kind::Doc
        } else if has("Workbook") || has("Book") {
            Kind::Xls
        } else {
            Kind::OtherCompound
        };
    }
    Kind::Text
}

/// The tables of every sheet, each record with its sheet and the sheet's notes.
fn sheets(docs: Vec<SheetDoc>, file: &str) -> Result<Workbook, ImportError> {
    let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
    let mut records: Vec<Record> = Vec::new();
    for doc in docs {
        let mut read = super::import_text(&doc.text.text);
        for record in &mut read.records {
            for note in &mut record.notes {
                note.line = doc.text.sheet_row(note.line);
            }
            record.notes.extend(doc.text.notes.iter().cloned());
            if doc.hidden {
                record.notes.push(ImportNote {
                    line: 1,
                    seen: doc.name.clone(),
                    action: format!("工作表「{}」是隐藏的工作表，其中的表格照常读入", doc.name),
                    doubt: false,
                });
            }
            record.source = Source {
                file: file.to_owned(),
                sheet: doc.name.clone(),
            };
        }
        records.extend(read.records);
    }
    if records.is_empty() {
        return Err(ImportError::NoTables {
            file: file.to_owned(),
            sheets: names,
        });
    }
    Ok(Workbook { records })
}

fn read_docx(bytes: &[u8]) -> Result<String, Failure> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Failure::Damaged(e.to_string()))?;
    let mut xml = xml::open_part(&mut zip, docx::DOCUMENT_PART)
        .map_err(|e| Failure::Damaged(e.to_string()))?
        .ok_or_else(|| Failure::Damaged(format!("缺少 {}", docx::DOCUMENT_PART)))?;
    docx::read_document(&mut xml).map_err(|e| Failure::Damaged(e.to_string()))
}

/// Table text; under an office file's name, text without a table means the name is wrong.
fn text(name: &str, bytes: &[u8]) -> Result<Workbook, ImportError> {
    let expected = expected_kind(name);
    match (super::import_bytes(bytes), expected) {
        (Ok(workbook), Some(expected)) if workbook.records.is_empty() => {
            Err(ImportError::WrongContent {
                file: name.to_owned(),
                extension: extension(name).unwrap_or_default(),
                expected,
                found: "文本，其中没有项目表",
            })
        }
        (Err(_), Some(expected)) => Err(ImportError::WrongContent {
            file: name.to_owned(),
            extension: extension(name).unwrap_or_default(),
            expected,
            found: "无法识别的内容",
        }),
        (read, _) => read,
    }
}

fn extension(name: &str) -> Option<String> {
    let (_, ext) = name.rsplit_once('.')?;
    (!ext.contains(['/', '\\'])).then(|| ext.to_ascii_lowercase())
}

/// What a file of this name should hold, for office extensions.
fn expected_kind(name: &str) -> Option<&'static str> {
    Some(match extension(name)?.as_str() {
        "xlsx" | "xlsm" | "xls" => "Excel 工作簿",
        "et" | "ett" => "WPS 表格工作簿",
        "ods" => "OpenDocument 工作簿",
        "docx" | "doc" => "Word 文档",
        "wps" => "WPS 文字文档",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_told_by_its_content_whatever_its_name() {
        assert_eq!(kind(b"\xef\xbb\xbf\xe9\xa1\xb9\xe7\x9b\xae"), Kind::Text);
        assert!(matches!(kind(b"PK\x03\x04 truncated"), Kind::DamagedZip(_)));
        assert_eq!(kind(&cfb::SIGNATURE), Kind::OtherCompound);
    }

    #[test]
    fn only_office_extensions_expect_an_office_file() {
        assert_eq!(expected_kind("表.XLSX"), Some("Excel 工作簿"));
        assert_eq!(expected_kind("dir.xlsx/表.txt"), None);
        assert_eq!(expected_kind("无扩展名"), None);
    }
}
