//! `cargo xtask`: the project's command line. One module per subcommand;
//! this file only parses the arguments and maps results to exit codes.

mod bench;
mod check;
mod compile;
mod exit;
mod generate;
mod merge;
mod regen;
mod trace;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Project commands for the P-to-Rust toolchain.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read and check P programs: a `.pproj`, a folder of `.p` files, `.p`
    /// files, or a folder of projects such as `p-models`.
    Compile(compile::Args),
    /// Regenerate the Rust of every P project under `p-models/` into
    /// `generated-tests/` (`--check`: only report stale files).
    Gen(regen::Args),
    /// Compile a P project into its checker and run it.
    Check(check::Args),
    /// Merge the `--json` summaries of a sharded run into one.
    MergeResults(merge::Args),
    /// Measure the checker, the front end and the build against their
    /// baselines and print one table (see BENCHMARKS.md).
    Bench(bench::Args),
    /// Draw a bug trace (`*.trace.json`) as a message sequence chart in one
    /// self-contained HTML page.
    Trace(trace::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return exit::usage_error(&e),
    };
    match cli.command {
        Command::Compile(args) => compile::run(&args),
        Command::Gen(args) => regen::run(&args),
        Command::Check(args) => check::run(&args),
        Command::MergeResults(args) => merge::run(&args),
        Command::Trace(args) => trace::run(&args),
        Command::Bench(args) => bench::run(&args),
    }
}
