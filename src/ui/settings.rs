//! Preferences remembered between runs (eframe storage): never the document itself.

use super::i18n::Lang;
use super::theme::{TextSize, ThemeChoice};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The key the settings are stored under.
pub const STORAGE_KEY: &str = "jixiao-editor-settings";

/// How many recent files the 文件 menu offers.
const RECENT_LIMIT: usize = 10;

/// What the editor remembers about the user's preferences.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Files opened or saved, most recent first.
    pub recent_files: Vec<PathBuf>,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Text size.
    pub text_size: TextSize,
    /// The editor's language.
    pub lang: Lang,
    /// Whether the problems panel is shown.
    pub problems_hidden: bool,
    /// The folder of the file last opened, saved or exported: where the next dialog starts.
    pub last_folder: Option<PathBuf>,
    /// The user's own indicator library (载入指标库…), read again at every start.
    pub indicator_library: Option<PathBuf>,
    /// Whether 帮助 → 入门 has been shown once, at the first start.
    pub getting_started_seen: bool,
}

impl Settings {
    /// Puts `path` first in the recent files, once.
    pub fn remember_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(RECENT_LIMIT);
    }

    /// Forgets `path` (it could not be opened).
    pub fn forget_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_keep_the_newest_first_without_repeats() {
        let mut settings = Settings::default();
        for name in ["a", "b", "a"] {
            settings.remember_file(Path::new(name));
        }
        assert_eq!(
            settings.recent_files,
            [PathBuf::from("a"), PathBuf::from("b")]
        );
        for i in 0..20 {
            settings.remember_file(Path::new(&format!("f{i}")));
        }
        assert_eq!(settings.recent_files.len(), RECENT_LIMIT);
    }
}
