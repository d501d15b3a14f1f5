//! The few XML helpers the office readers share: attributes by local name, entity references,
//! and a streaming reader over one part of a zip package.
//!
//! Parts are read as a stream (never into one string), so a sheet of 100,000 rows costs the
//! buffer of one element at a time.

use quick_xml::events::{BytesRef, BytesStart};
use std::io::{BufReader, Read, Seek};
use zip::ZipArchive;
use zip::read::ZipFile;

/// A streaming XML reader over a zip part.
pub(super) type PartReader<'a, R> = quick_xml::Reader<BufReader<ZipFile<'a, R>>>;

/// The reader of the part `name`, `None` when the package has no such part.
pub(super) fn open_part<'a, R: Read + Seek>(
    zip: &'a mut ZipArchive<R>,
    name: &str,
) -> Result<Option<PartReader<'a, R>>, zip::result::ZipError> {
    match zip.by_name(name) {
        Ok(file) => {
            let mut reader = quick_xml::Reader::from_reader(BufReader::new(file));
            reader.config_mut().trim_text(false);
            Ok(Some(reader))
        }
        Err(zip::result::ZipError::FileNotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The value of the attribute whose local name (the name without its `w:` or `table:`
/// prefix) is `name`.
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// An attribute read as a count (`table:number-rows-repeated="3"`), 1 when absent or unreadable.
pub(super) fn count_attr(e: &BytesStart<'_>, name: &str) -> u32 {
    attr(e, name)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

/// Whether a boolean attribute is set (`hidden="1"`, `hidden="true"`).
pub(super) fn flag_attr(e: &BytesStart<'_>, name: &str) -> bool {
    attr(e, name).is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
}

/// Appends the character an entity reference (`&amp;`, `&#x4E00;`) stands for.
pub(super) fn push_entity(r: &BytesRef<'_>, out: &mut String) {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        out.push(c);
        return;
    }
    out.push_str(match r.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    });
}
