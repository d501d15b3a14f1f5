//! Why a file operation failed, in words a user can act on: one Chinese phrase per cause, so
//! every file error is one line naming the file and the cause, never the system's English.

use std::io::{Error, ErrorKind};

/// The cause of `error`, in Chinese.
pub fn describe(error: &Error) -> String {
    if let Some(cause) = by_os_code(error.raw_os_error()) {
        return cause.to_owned();
    }
    let cause = match error.kind() {
        ErrorKind::IsADirectory => "这是一个文件夹",
        ErrorKind::NotADirectory => "路径中的某一级不是文件夹",
        ErrorKind::NotFound => "找不到该文件或它所在的文件夹",
        ErrorKind::PermissionDenied => "没有权限（请检查该文件及所在文件夹的权限）",
        ErrorKind::StorageFull => "磁盘已满",
        ErrorKind::QuotaExceeded => "超出了磁盘配额",
        ErrorKind::ReadOnlyFilesystem => "所在的磁盘是只读的",
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => LOCKED,
        ErrorKind::FileTooLarge => "文件太大",
        ErrorKind::InvalidFilename => "文件名无效或太长",
        ErrorKind::InvalidData => "内容不是有效的 UTF-8 文本",
        ErrorKind::AlreadyExists => "同名文件已存在",
        ErrorKind::Interrupted => "操作被中断",
        _ => return format!("系统报告错误（{error}）"),
    };
    cause.to_owned()
}

const LOCKED: &str = "文件被其他程序占用（例如正在 Excel 或 WPS 中打开），请关闭后再试";

/// Causes the standard library does not give their own kind on every platform.
fn by_os_code(code: Option<i32>) -> Option<&'static str> {
    let code = code?;
    if cfg!(windows) {
        // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION; ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL.
        return match code {
            32 | 33 => Some(LOCKED),
            39 | 112 => Some("磁盘已满"),
            _ => None,
        };
    }
    // ENOSPC, EBUSY and ETXTBSY have the same numbers on Linux, macOS and the BSDs.
    match code {
        28 => Some("磁盘已满"),
        16 | 26 => Some(LOCKED),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_called_full_whatever_the_kind() {
        if cfg!(unix) {
            assert_eq!(describe(&Error::from_raw_os_error(28)), "磁盘已满");
        }
        assert_eq!(describe(&Error::from(ErrorKind::StorageFull)), "磁盘已满");
    }

    #[test]
    fn a_file_in_use_is_said_to_be_locked_by_another_program() {
        let cause = describe(&Error::from(ErrorKind::ResourceBusy));
        assert!(cause.contains("其他程序占用"), "{cause}");
    }

    #[test]
    fn every_common_cause_is_chinese() {
        for kind in [
            ErrorKind::IsADirectory,
            ErrorKind::NotFound,
            ErrorKind::PermissionDenied,
            ErrorKind::ReadOnlyFilesystem,
        ] {
            let cause = describe(&Error::from(kind));
            assert!(!cause.is_ascii() && !cause.contains("系统报告"), "{cause}");
        }
    }
}
