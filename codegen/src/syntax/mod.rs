//! Reading P source text into the syntax tree, and printing it back.
//!
//! - [`ast`]: the tree itself;
//! - `p.pest` / `grammar`: the grammar and its derived parser;
//! - `lower`: pest pairs -> [`ast`] nodes, one `lower_<rule>` per rule;
//! - `diagnose`: pest's errors -> [`Diagnostic`]s in P's terms;
//! - `printer`: [`ast`] -> P text (the inverse of parsing, spans aside);
//! - [`visit`]: a mutable walk over the tree (used to erase spans).
//!
//! *Invariant*: parsing never panics and never overflows the stack, whatever
//! the input; bad input gives diagnostics with spans inside the file.

pub mod ast;
mod diagnose;
mod grammar;
mod lower;
mod nesting;
mod printer;
pub mod visit;

use crate::diag::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use grammar::{PParser, Rule};
use pest::Parser;
use std::sync::Mutex;

pub use lower::MAX_TREE_DEPTH;
pub use nesting::MAX_BRACKET_DEPTH;
pub use printer::{print, print_expr};
pub use visit::erase_spans;

/// Parsing and printing run on a stack of at least this many bytes: the
/// grammar and the tree walks recurse once per nesting level, and the depth
/// limits above are sized for it, whatever thread the caller is on.
const STACK_NEEDED: usize = 32 * 1024 * 1024;
/// The size of the stack segment allocated when the current one is short.
const STACK_SEGMENT: usize = 64 * 1024 * 1024;

/// Runs `f` with at least [`STACK_NEEDED`] bytes of stack.
pub(crate) fn with_stack<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(STACK_NEEDED, STACK_SEGMENT, f)
}

/// Parses one file of `sources` into its syntax tree, or every error found.
pub fn parse(sources: &SourceMap, file: FileId) -> Result<ast::SourceUnit, Vec<Diagnostic>> {
    let text = sources.file(file).text.as_str();
    with_stack(|| parse_text(file, text))
}

/// Parses every file of `sources`: the trees of the files that parse, and
/// the diagnostics of all the others (not only the first failing file's).
pub fn parse_all(sources: &SourceMap) -> (Vec<ast::SourceUnit>, Vec<Diagnostic>) {
    let mut units = Vec::new();
    let mut diags = Vec::new();
    for (id, _) in sources.files() {
        match parse(sources, id) {
            Ok(unit) => units.push(unit),
            Err(d) => diags.extend(d),
        }
    }
    (units, diags)
}

/// Parses `text` again, recording what pest tried at the furthest point, and
/// turns that into a diagnostic.
///
/// The detailed attempts name the literal tokens (`;`, `)`) that messages
/// need, but recording them slows every parse by about a third, so only a
/// failed parse pays for it. Pest reads its (process-wide) switch when a
/// parse starts; the lock makes each detailed parse start with it on, and
/// other parses only ever see it on while one runs, which costs them time,
/// never a different result.
fn explain_failure(file: FileId, text: &str) -> Diagnostic {
    static DETAIL: Mutex<()> = Mutex::new(());
    let guard = DETAIL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    pest::set_error_detail(true);
    let result = PParser::parse(Rule::program, text);
    pest::set_error_detail(false);
    drop(guard);
    match result {
        Err(e) => diagnose::from_pest(file, text, &e),
        // The same text parsed a moment ago failed: this cannot happen.
        Ok(_) => Diagnostic::error(
            Span::new(file, 0, 0),
            "internal error: the parser gave different results for the same text",
        ),
    }
}

fn parse_text(file: FileId, text: &str) -> Result<ast::SourceUnit, Vec<Diagnostic>> {
    nesting::check(file, text).map_err(|d| vec![d])?;
    let mut pairs =
        PParser::parse(Rule::program, text).map_err(|_| vec![explain_failure(file, text)])?;
    let Some(program) = pairs.next() else {
        let span = Span::new(file, 0, 0);
        return Err(vec![Diagnostic::error(
            span,
            "internal error: the parser returned no program",
        )]);
    };
    let lowerer = lower::Lowerer::new(file, text);
    let unit = lowerer.lower_program(&program);
    let diags = lowerer.into_diagnostics();
    if diags.is_empty() {
        Ok(unit)
    } else {
        Err(diags)
    }
}
