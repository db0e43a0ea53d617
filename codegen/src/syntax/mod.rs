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

fn parse_text(file: FileId, text: &str) -> Result<ast::SourceUnit, Vec<Diagnostic>> {
    nesting::check(file, text).map_err(|d| vec![d])?;
    // The detailed attempts give the expected tokens (`;`, `)`) that the
    // messages name; without them pest only reports rules.
    pest::set_error_detail(true);
    let mut pairs = PParser::parse(Rule::program, text)
        .map_err(|e| vec![diagnose::from_pest(file, text, &e)])?;
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
