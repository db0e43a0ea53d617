//! The exit codes every subcommand shares.
//!
//! 0: success; 2: the input has errors (diagnostics were printed);
//! 3: the command could not run (usage error, unreadable path).

use std::process::ExitCode;

pub const CLEAN: u8 = 0;
pub const DIAGNOSTICS: u8 = 2;
pub const USAGE: u8 = 3;

/// Prints a command-line error (or the requested help) and picks the exit
/// code: clap's own default for usage errors is 2, which here means "the P
/// input has errors", so usage errors exit with 3.
pub fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let _ = e.print();
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::from(CLEAN),
        _ => ExitCode::from(USAGE),
    }
}
