//! The `jixiao` binary as users call it, and the project's fixture files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `jixiao ARGS…` and returns what it printed and its exit status.
pub fn jixiao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .args(args)
        .output()
        .expect("the jixiao binary runs")
}

/// `tests/fixtures/NAME`.
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}
