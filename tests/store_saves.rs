//! Saving never surprises: what a save refuses, keeps, replaces and leaves behind, also when it
//! is killed halfway or the disk refuses.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::cli::jixiao;

use jixiao::model::Workbook;
use jixiao::store::{self, Backup, Interruption, StoreError};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A folder holding `w.ron` with `old` in it and `w.ron.bak` with `older`.
fn saved_twice(old: &str, older: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    fs::write(&path, older).unwrap();
    store::write_atomically(&path, old.as_bytes(), Backup::Keep).unwrap();
    (dir, path)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// The hidden temporary files beside `path`.
fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

fn one_line(err: &StoreError) -> String {
    let message = err.to_string();
    assert!(!message.contains('\n'), "{message}");
    message
}

#[test]
fn a_save_keeps_the_previous_version_as_backup_and_leaves_no_temporary_file() {
    let (dir, path) = saved_twice("new", "old");
    assert_eq!(read(&path), "new");
    assert_eq!(read(&store::backup_path(&path)), "old");
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_read_only_workbook_is_refused_before_anything_is_written_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = saved_twice("mine", "earlier");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let err = store::save(&path, &Workbook::default()).unwrap_err();
    let message = one_line(&err);
    assert!(matches!(err, StoreError::ReadOnly(_)), "{message}");
    assert!(
        message.contains("w.ron") && message.contains("只读"),
        "{message}"
    );
    assert_eq!(read(&path), "mine");
    assert_eq!(read(&store::backup_path(&path)), "earlier");
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_private_workbook_stays_private_and_so_does_its_backup() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    fs::write(&path, "secret").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    store::save(&path, &Workbook::default()).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&store::backup_path(&path)), 0o600);
}

#[cfg(unix)]
#[test]
fn a_backup_that_is_a_symlink_is_replaced_and_what_it_pointed_to_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("elsewhere.txt");
    fs::write(&elsewhere, "not the workbook's").unwrap();
    let path = dir.path().join("w.ron");
    fs::write(&path, "old").unwrap();
    std::os::unix::fs::symlink(&elsewhere, store::backup_path(&path)).unwrap();
    store::write_atomically(&path, b"new", Backup::Keep).unwrap();
    let backup = store::backup_path(&path);
    assert!(!fs::symlink_metadata(&backup).unwrap().is_symlink());
    assert_eq!(read(&backup), "old");
    assert_eq!(read(&elsewhere), "not the workbook's");
}

#[test]
fn a_save_that_fails_before_replacing_leaves_file_and_backup_as_they_were() {
    let (_dir, path) = saved_twice("current", "previous");
    let result = store::write_interrupted(&path, b"next", Backup::Keep, Interruption::BeforeRename);
    assert!(result.is_err());
    assert_eq!(read(&path), "current");
    assert_eq!(read(&store::backup_path(&path)), "previous");
}

#[test]
fn a_save_killed_while_copying_the_backup_never_leaves_a_truncated_backup() {
    let (dir, path) = saved_twice("current content", "previous content");
    let result = store::write_interrupted(
        &path,
        b"next content",
        Backup::Keep,
        Interruption::DuringBackup,
    );
    assert!(result.is_err());
    assert_eq!(read(&path), "current content");
    assert_eq!(read(&store::backup_path(&path)), "previous content");
    // The next save of the same process replaces what the killed one left behind.
    store::write_atomically(&path, b"next content", Backup::Keep).unwrap();
    assert_eq!(read(&store::backup_path(&path)), "current content");
    assert!(
        temporaries(dir.path()).is_empty(),
        "{:?}",
        temporaries(dir.path())
    );
}

#[test]
fn a_save_killed_between_the_renames_has_the_new_file_and_a_whole_backup() {
    let (dir, path) = saved_twice("current", "previous");
    let result =
        store::write_interrupted(&path, b"next", Backup::Keep, Interruption::BetweenRenames);
    assert!(result.is_err());
    assert_eq!(read(&path), "next");
    assert_eq!(read(&store::backup_path(&path)), "previous");
    store::write_atomically(&path, b"after", Backup::Keep).unwrap();
    assert_eq!(read(&store::backup_path(&path)), "next");
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(target_os = "linux")]
#[test]
fn temporary_files_of_dead_saves_are_removed_and_those_of_running_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    fs::write(&path, "old").unwrap();
    // Process ids stay below pid_max, so that one never runs; process 1 always does.
    let pid_max = read(Path::new("/proc/sys/kernel/pid_max"));
    let dead = format!(".w.ron.{}.tmp", pid_max.trim());
    let dead_backup = format!(".w.ron.bak.{}.tmp", pid_max.trim());
    let running = ".w.ron.1.tmp";
    let someone_elses = format!(".other.ron.{}.tmp", pid_max.trim());
    for name in [&dead, &dead_backup, running, &someone_elses] {
        fs::write(dir.path().join(name), "leftover").unwrap();
    }
    store::write_atomically(&path, b"new", Backup::Keep).unwrap();
    let mut left = temporaries(dir.path());
    left.sort();
    let mut kept = [running.to_owned(), someone_elses];
    kept.sort();
    assert_eq!(left, kept);
}

#[test]
fn a_folder_as_the_file_to_save_is_refused_saying_it_is_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("表格.ron");
    fs::create_dir(&folder).unwrap();
    let err = store::save(&folder, &Workbook::default()).unwrap_err();
    let message = one_line(&err);
    assert!(
        message.contains("表格.ron") && message.contains("这是一个文件夹"),
        "{message}"
    );
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn a_save_into_a_missing_folder_names_the_file_and_the_cause() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/w.ron");
    let err = store::save(&path, &Workbook::default()).unwrap_err();
    let message = one_line(&err);
    assert!(
        message.contains("w.ron") && message.contains("找不到"),
        "{message}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_says_the_disk_is_full_and_nothing_is_backed_up_beside_it() {
    let err = store::save(Path::new("/dev/full"), &Workbook::default()).unwrap_err();
    let message = one_line(&err);
    assert!(
        message.contains("/dev/full") && message.contains("磁盘已满"),
        "{message}"
    );
    assert!(!Path::new("/dev/full.bak").exists());
    assert!(temporaries(Path::new("/dev")).is_empty());
    // A device is written into, not replaced.
    store::save(Path::new("/dev/null"), &Workbook::default()).unwrap();
    assert!(!Path::new("/dev/null.bak").exists());
}

#[test]
fn an_export_replaces_its_file_without_leaving_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("表格.txt");
    store::write_atomically(&path, b"first", Backup::Skip).unwrap();
    store::write_atomically(&path, b"second", Backup::Skip).unwrap();
    assert_eq!(read(&path), "second");
    assert!(!store::backup_path(&path).exists());
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn export_onto_its_own_input_workbook_is_refused_however_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("W.ron");
    store::save(&input, &Workbook::default()).unwrap();
    let before = fs::read(&input).unwrap();
    let mut spellings = vec![input.clone(), dir.path().join(".").join("W.ron")];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&input, &link).unwrap();
        let hard = dir.path().join("hard.txt");
        fs::hard_link(&input, &hard).unwrap();
        spellings.extend([link, hard]);
    }
    for output in spellings {
        let out = jixiao(&[
            "export",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", output.display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("就是输入文件"), "{stderr}");
        assert_eq!(fs::read(&input).unwrap(), before);
    }
}

#[test]
fn import_onto_the_document_it_reads_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("tables.txt");
    let text = "项目名称\t示例项目\n";
    fs::write(&input, text).unwrap();
    let out = jixiao(&[
        "import",
        input.to_str().unwrap(),
        "-o",
        dir.path().join("./tables.txt").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("就是输入文件"), "{stderr}");
    assert_eq!(read(&input), text);
    assert!(!store::backup_path(&input).exists());
}

/// Makes a file immutable (`chattr +i`, which even an administrator cannot replace) for as long
/// as it lives.
#[cfg(target_os = "linux")]
struct Immutable<'a>(&'a Path);

#[cfg(target_os = "linux")]
impl<'a> Immutable<'a> {
    fn set(path: &'a Path) -> Option<Immutable<'a>> {
        let status = Command::new("chattr").arg("+i").arg(path).output().ok()?;
        status.status.success().then_some(Immutable(path))
    }
}

#[cfg(target_os = "linux")]
impl Drop for Immutable<'_> {
    fn drop(&mut self) {
        let _cleanup = Command::new("chattr").arg("-i").arg(self.0).output();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_save_refused_by_an_immutable_file_leaves_the_backup_untouched() {
    let (dir, path) = saved_twice("current", "previous");
    let Some(_immutable) = Immutable::set(&path) else {
        eprintln!("chattr +i is not available here; the injected failures above cover the order");
        return;
    };
    let err = store::write_atomically(&path, b"next", Backup::Keep).unwrap_err();
    let message = one_line(&err);
    assert!(
        message.contains("w.ron") && message.contains("没有权限"),
        "{message}"
    );
    assert_eq!(read(&path), "current");
    assert_eq!(read(&store::backup_path(&path)), "previous");
    assert!(temporaries(dir.path()).is_empty());
}
