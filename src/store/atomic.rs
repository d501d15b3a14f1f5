//! Atomic replacement of a file: temporary file in the same folder, flushed, renamed over.
//!
//! The order of the steps is what makes a save unsurprising:
//! 1. refuse up front what cannot be replaced (a folder, a read-only file, a folder as backup);
//! 2. write the new content to `.NAME.PID.tmp`, with the old file's permissions, and flush it;
//! 3. copy the old file to `.NAME.bak.PID.tmp` and flush it;
//! 4. rename the new content over `NAME`, then the copy over `NAME.bak`.
//!
//! A failure before step 4 removes both temporary files and touches neither `NAME` nor
//! `NAME.bak`. A kill at any moment leaves `NAME` old or new and `NAME.bak` old or new, each
//! complete; what it leaves besides are temporary files, removed by the next save
//! ([`super::stale`]). A rename replaces the entry `NAME.bak` itself, so a `NAME.bak` that is a
//! symbolic link is replaced, never followed.

use super::stale::{remove_stale_temps, temp_path};
use super::{StoreError, backup_path};
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Whether a replaced file's previous version is kept as `NAME.bak`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// Keep it: a workbook is the user's work.
    Keep,
    /// Keep none: an export can be made again from its workbook.
    Skip,
}

/// Where to stop a save as a kill would, so tests can prove an interrupted save loses nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interruption {
    /// Save normally.
    None,
    /// Stop halfway through copying the old file for the backup.
    DuringBackup,
    /// Stop after both temporary files are written and flushed, before any rename.
    BeforeRename,
    /// Stop after the new content replaced the file, before the backup replaced `NAME.bak`.
    BetweenRenames,
}

/// Replaces `path` with `bytes` atomically, keeping the previous file as `NAME.bak` when
/// `backup` says so; the replaced file keeps its permissions.
///
/// Either the old file or the complete new one is at `path` at every moment. A folder or a
/// read-only file is refused before anything is written. A device (`/dev/null`) is written
/// directly, as there is nothing to replace.
pub fn write_atomically(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), StoreError> {
    write_atomically_with(path, backup, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the content made by `write` straight into the temporary file, for
/// content too large to be held in memory first (a province's workbook).
pub fn write_atomically_with(
    path: &Path,
    backup: Backup,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), StoreError> {
    replace(path, backup, Interruption::None, write)
}

/// [`write_atomically`], stopped at `interruption` as a kill would stop it: the temporary files
/// written so far stay behind.
pub fn write_interrupted(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    interruption: Interruption,
) -> Result<(), StoreError> {
    replace(path, backup, interruption, |file| file.write_all(bytes))
}

fn replace(
    path: &Path,
    backup: Backup,
    interruption: Interruption,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), StoreError> {
    let old = match fs::metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(StoreError::io("保存到", path, e)),
    };
    if let Some(meta) = &old {
        if meta.is_dir() {
            return Err(StoreError::io(
                "保存到",
                path,
                io::ErrorKind::IsADirectory.into(),
            ));
        }
        if !meta.is_file() {
            return write_device(path, write);
        }
        if meta.permissions().readonly() {
            return Err(StoreError::ReadOnly(path.to_path_buf()));
        }
    }
    let backup_to = backup_path(path);
    let keep_backup = backup == Backup::Keep && old.is_some();
    if keep_backup && fs::symlink_metadata(&backup_to).is_ok_and(|m| m.is_dir()) {
        let e = io::ErrorKind::IsADirectory.into();
        return Err(StoreError::io("写入备份", &backup_to, e));
    }
    remove_stale_temps(path, &backup_to);

    let temp = temp_path(path);
    let backup_temp = temp_path(&backup_to);
    let discard = |e: StoreError| {
        for t in [&temp, &backup_temp] {
            let _ignored_cleanup = fs::remove_file(t);
        }
        e
    };
    write_new(&temp, write, old.as_ref())
        .map_err(|e| discard(StoreError::io("保存到", path, e)))?;
    if keep_backup {
        let stop_halfway = interruption == Interruption::DuringBackup;
        match copy_for_backup(path, &backup_temp, stop_halfway) {
            Ok(()) if stop_halfway => return Err(interrupted(path)),
            Ok(()) => {}
            Err(e) => return Err(discard(StoreError::io("写入备份", &backup_to, e))),
        }
    }
    if interruption == Interruption::BeforeRename {
        return Err(interrupted(path));
    }
    fs::rename(&temp, path).map_err(|e| discard(StoreError::io("保存到", path, e)))?;
    if interruption == Interruption::BetweenRenames {
        return Err(interrupted(path));
    }
    if keep_backup {
        fs::rename(&backup_temp, &backup_to)
            .map_err(|e| discard(StoreError::io("写入备份", &backup_to, e)))?;
    }
    sync_folder(path);
    Ok(())
}

/// Writes and flushes the new content, with the permissions (and, best effort, the owner) of
/// the file it replaces, set before any content is written so a private file is never readable.
fn write_new(
    temp: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
    old: Option<&Metadata>,
) -> io::Result<()> {
    let mut file = create_fresh(temp)?;
    if let Some(old) = old {
        file.set_permissions(old.permissions())?;
        keep_owner(&file, old);
    }
    write(&mut file)?;
    file.sync_all()
}

/// Copies the file to be replaced into the backup's temporary file and flushes it; with
/// `stop_halfway`, only half of it, as a save killed in the middle of the copy leaves it.
fn copy_for_backup(path: &Path, backup_temp: &Path, stop_halfway: bool) -> io::Result<()> {
    let mut source = File::open(path)?;
    let meta = source.metadata()?;
    let mut copy = create_fresh(backup_temp)?;
    copy.set_permissions(meta.permissions())?;
    keep_owner(&copy, &meta);
    if stop_halfway {
        let half = fs::read(path)?;
        return copy.write_all(&half[..half.len() / 2]);
    }
    io::copy(&mut source, &mut copy)?;
    copy.sync_all()
}

/// Creates `temp` anew. One left by an earlier save of this very process (same name, since the
/// name carries the process id) is stale: this process saves a file once at a time.
fn create_fresh(temp: &Path) -> io::Result<File> {
    let create = || OpenOptions::new().write(true).create_new(true).open(temp);
    match create() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(temp)?;
            create()
        }
        other => other,
    }
}

#[cfg(unix)]
fn keep_owner(file: &File, old: &Metadata) {
    use std::os::unix::fs::MetadataExt;
    // Only an administrator saving someone else's file changes anything here; a failure leaves
    // the file owned by whoever saved it, as any new file is.
    let _best_effort = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_file: &File, _old: &Metadata) {}

/// Writes straight into a device or pipe, which cannot be replaced by renaming.
fn write_device(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), StoreError> {
    let written = OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut f| write(&mut f).and_then(|()| f.flush()));
    written.map_err(|e| StoreError::io("保存到", path, e))
}

fn interrupted(path: &Path) -> StoreError {
    StoreError::io("保存到", path, io::ErrorKind::Interrupted.into())
}

/// Makes the renames themselves durable; not every platform can open a folder, so this is best
/// effort.
fn sync_folder(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(dir) = File::open(dir)
    {
        let _best_effort = dir.sync_all();
    }
}
