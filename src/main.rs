//! The `jixiao` binary: the command line, or the editor when no command is given.

use clap::Parser;
use jixiao::cli::{self, Cli, EXIT_UNUSABLE};
use std::process::ExitCode;

/// Reading and checking allocate many small cells, labels and rows on every core (see
/// docs/perf.md, "Province scale").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let mut err = std::io::stderr();
            match cli::run(command, &mut out, &mut err) {
                Ok(code) => ExitCode::from(code),
                Err(e) => {
                    eprintln!("jixiao: {}", cli::visible(&e.to_string()));
                    ExitCode::from(EXIT_UNUSABLE)
                }
            }
        }
        None => open_editor(args.file),
    }
}

#[cfg(feature = "gui")]
fn open_editor(file: Option<std::path::PathBuf>) -> ExitCode {
    match jixiao::ui::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "jixiao: 无法启动编辑器：{}",
                jixiao::cli::visible(&e.to_string())
            );
            ExitCode::from(EXIT_UNUSABLE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_editor(_file: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "jixiao: 此版本未包含图形界面（编译时未启用 gui 功能），请使用子命令，见 jixiao --help"
    );
    ExitCode::from(EXIT_UNUSABLE)
}
