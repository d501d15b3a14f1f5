//! Temporary files left behind by saves that were killed: removed by the next save of the file.
//!
//! A save writes `.NAME.PID.tmp` (and `.NAME.bak.PID.tmp` for the backup) beside the file, named
//! after the process, so a leftover can be told from the temporary file of a save running now:
//! one whose process is gone is stale. Whether a process runs is read from `/proc`, so stale
//! files are only removed on Linux; elsewhere they stay (they are hidden files and never read).

use std::path::{Path, PathBuf};

/// The temporary file the running process writes for `path`.
pub fn temp_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Removes the temporary files of earlier saves of `path` (and of its backup `backup`) whose
/// process no longer runs; best effort, since a leftover harms nothing but space.
pub fn remove_stale_temps(path: &Path, backup: &Path) {
    if !can_tell_running_processes() {
        return;
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let names: Vec<String> = [path, backup]
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| temp_owner(n, &names))
        else {
            continue;
        };
        if pid != std::process::id() && !is_running(pid) {
            let _best_effort = std::fs::remove_file(entry.path());
        }
    }
}

/// The process that wrote `entry`, when it is a temporary file of a save of one of `names`.
fn temp_owner(entry: &str, names: &[String]) -> Option<u32> {
    let (stem, pid) = entry
        .strip_prefix('.')?
        .strip_suffix(".tmp")?
        .rsplit_once('.')?;
    if !names.iter().any(|n| n == stem) || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

fn can_tell_running_processes() -> bool {
    cfg!(target_os = "linux") && Path::new("/proc/self").exists()
}

fn is_running(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_files_own_temporary_names_are_recognised() {
        let names = ["w.ron".to_owned(), "w.ron.bak".to_owned()];
        assert_eq!(temp_owner(".w.ron.123.tmp", &names), Some(123));
        assert_eq!(temp_owner(".w.ron.bak.9.tmp", &names), Some(9));
        assert_eq!(temp_owner(".other.ron.123.tmp", &names), None);
        assert_eq!(temp_owner(".w.ron.12a.tmp", &names), None);
        assert_eq!(temp_owner("w.ron.123.tmp", &names), None);
    }
}
