//! `cargo xtask trace <TRACE.json> [--html OUT.html]`: draws a bug trace
//! written by the checker (`PCheckerOutput/<test>/<test>_N.trace.json`) as a
//! message sequence chart in one self-contained HTML page: a lifeline per
//! machine (named from its payloads, `Queue(inbound, region:1)#10`), spec
//! monitors in their own columns with hot and cold states, an arrow per
//! message at its dequeue, state changes, raises and prints, the bug at the
//! top with a link to where it happened, and long runs of identical rows
//! folded.
//!
//! Without `--html` it checks the trace and prints where it would write the
//! page. Exit status: 0 done, 3 the trace is unreadable or not a trace (the
//! message names the file and the JSON position) or the page cannot be
//! written.

mod html;
mod layout;
mod model;
mod value;

use crate::exit;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A JSON trace written by `cargo xtask check` (`*.trace.json`).
    trace: PathBuf,
    /// Write the message sequence chart to this HTML file.
    #[arg(long, value_name = "OUT.html")]
    html: Option<PathBuf>,
}

/// Where the page goes by default: next to the trace, `x.trace.json` ->
/// `x.html`.
pub fn default_html_path(trace: &Path) -> PathBuf {
    let name = trace
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".trace.json")
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    trace.with_file_name(format!("{stem}.html"))
}

/// Writes the page of the trace at `trace` next to it; the page's path.
pub fn write_page(trace: &Path) -> Result<PathBuf, String> {
    let t = model::load(trace).map_err(|e| e.to_string())?;
    let page = html::render(&t, &layout::build(&t));
    let out = default_html_path(trace);
    std::fs::write(&out, page)
        .map_err(|e| format!("{}: error: cannot write the page: {e}", out.display()))?;
    Ok(out)
}

pub fn run(args: &Args) -> ExitCode {
    let trace = match model::load(&args.trace) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let layout = layout::build(&trace);
    let Some(out) = &args.html else {
        let to = default_html_path(&args.trace);
        println!(
            "{}: test {}, {} entries, {} lifelines, {}",
            args.trace.display(),
            trace.test,
            trace.entries.len(),
            layout.lanes.len(),
            match &trace.bug {
                Some(b) => format!("bug: {}", b.kind),
                None => "no bug".into(),
            }
        );
        println!("would write {}", to.display());
        println!(
            "  cargo xtask trace {} --html {}",
            args.trace.display(),
            to.display()
        );
        return ExitCode::from(exit::CLEAN);
    };
    let page = html::render(&trace, &layout);
    match std::fs::write(out, &page) {
        Ok(()) => {
            println!(
                "wrote {} ({} bytes: {} rows, {} lifelines)",
                out.display(),
                page.len(),
                layout.rows.len(),
                layout.lanes.len()
            );
            ExitCode::from(exit::CLEAN)
        }
        Err(e) => {
            eprintln!("{}: error: cannot write the page: {e}", out.display());
            ExitCode::from(exit::USAGE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_goes_next_to_the_trace() {
        assert_eq!(
            default_html_path(Path::new("PCheckerOutput/t/t_0.trace.json")),
            PathBuf::from("PCheckerOutput/t/t_0.html")
        );
        assert_eq!(
            default_html_path(Path::new("x.json")),
            PathBuf::from("x.html")
        );
        assert_eq!(
            default_html_path(Path::new("trace")),
            PathBuf::from("trace.html")
        );
    }
}
