//! Which files a review reads: the files named, and the documents under the folders named.

use std::path::{Path, PathBuf};

/// A file to read, or a folder that could not be listed.
#[derive(Debug)]
pub enum Found {
    /// A file to read.
    File(PathBuf),
    /// A folder whose entries could not be listed, with the system's reason.
    Unlisted(PathBuf, std::io::Error),
}

impl Found {
    /// The file or folder.
    pub fn path(&self) -> &Path {
        match self {
            Found::File(path) | Found::Unlisted(path, _) => path,
        }
    }
}

/// The extensions of the documents a folder walk picks up (the editor's 打开 lists the same,
/// plus `.ron` workbooks).
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    "txt", "tsv", "csv", "ron", "xlsx", "xlsm", "xls", "et", "ods", "docx",
];

/// Every file to read for `paths`, in a fixed order: each path in the order given; a folder's
/// documents (by [`DOCUMENT_EXTENSIONS`], any case) recursively, every folder's entries sorted by
/// name. Hidden entries (`.name`) and the lock files Office leaves beside an open document
/// (`~$name`) are skipped; symbolic links to folders are not followed, so a link cycle cannot
/// make the walk endless. A file named is taken whatever its extension: the user asked for it.
/// A folder that cannot be listed is [`Found::Unlisted`] in its place, so the run goes on and
/// says so.
pub fn documents(paths: &[PathBuf]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut found);
        } else {
            found.push(Found::File(path.clone()));
        }
    }
    found
}

fn walk(folder: &Path, found: &mut Vec<Found>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(source) => {
            found.push(Found::Unlisted(folder.to_path_buf(), source));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with("~$") {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, found);
        } else if is_document(&path) && path.is_file() {
            found.push(Found::File(path));
        }
    }
}

/// Whether `path` has a document extension.
pub fn is_document(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        DOCUMENT_EXTENSIONS
            .iter()
            .any(|x| x.eq_ignore_ascii_case(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_walked_sorted_skipping_hidden_lock_and_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/inner")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for name in [
            "z.txt",
            "a.XLSX",
            "~$a.xlsx",
            ".secret.txt",
            "notes.pdf",
            "b/inner/c.docx",
            "b/a.ron",
            ".hidden/x.txt",
        ] {
            std::fs::write(root.join(name), "").unwrap();
        }
        let found: Vec<_> = documents(&[root.to_path_buf()])
            .into_iter()
            .map(|p| p.path().strip_prefix(root).unwrap().to_path_buf())
            .collect();
        let expected: Vec<PathBuf> = ["a.XLSX", "b/a.ron", "b/inner/c.docx", "z.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_file_named_is_taken_whatever_its_extension() {
        let named = PathBuf::from("/no/such/file.pdf");
        let found = documents(std::slice::from_ref(&named));
        assert_eq!(found.len(), 1);
        assert!(matches!(&found[0], Found::File(p) if p == &named));
    }
}
