//! Diagnostics as data, rendered only at the edge.
//!
//! Every stage reports [`Diagnostic`]s: a primary span and message, optional
//! labelled secondary spans (an earlier declaration, where a type came from)
//! and notes. [`render`] turns them into the text users see, in the
//! `file:line:col: error: message` form that editors and terminals make
//! clickable, followed by the source line and a caret under the span.

use crate::source::{SourceMap, Span};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A span with a message, shown under the source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    /// Adds a secondary span, e.g. "first declared here".
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by file and position, the order users read them in.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.span.file, a.span.start, a.span.end).cmp(&(b.span.file, b.span.start, b.span.end))
    });
}

/// Renders one diagnostic as plain text (no colour), ending in a newline.
pub fn render(sources: &SourceMap, d: &Diagnostic) -> String {
    let mut out = String::new();
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(out, "{}: {kind}: {}", sources.location(d.span), d.message);
    snippet(&mut out, sources, d.span, "");
    for label in &d.labels {
        let _ = writeln!(
            out,
            "{}: note: {}",
            sources.location(label.span),
            label.message
        );
        snippet(&mut out, sources, label.span, "");
    }
    for note in &d.notes {
        let _ = writeln!(out, "  = note: {note}");
    }
    out
}

/// Renders every diagnostic, sorted, separated by blank lines.
pub fn render_all(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut sorted = diags.to_vec();
    sort(&mut sorted);
    sorted
        .iter()
        .map(|d| render(sources, d))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The source line of the span's start with carets under the span (up to the
/// end of that line), prefixed by a line-number gutter.
fn snippet(out: &mut String, sources: &SourceMap, span: Span, label: &str) {
    let file = sources.file(span.file);
    let start = file.line_col(span.start as usize);
    let end = file.line_col(span.end as usize);
    let text = file.line_text(start.line);
    let width = text.chars().count();
    let caret_end = if end.line == start.line {
        end.col
    } else {
        width + 1
    };
    let carets = caret_end.saturating_sub(start.col).max(1);
    let gutter = start.line.to_string();
    let pad = " ".repeat(gutter.len());
    // Tabs keep their width in the caret line so the caret lines up.
    let lead: String = text
        .chars()
        .take(start.col - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let _ = writeln!(out, "{gutter} | {text}");
    let _ = write!(out, "{pad} | {lead}{}", "^".repeat(carets));
    if !label.is_empty() {
        let _ = write!(out, " {label}");
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_line_and_caret() {
        let mut sm = SourceMap::new();
        let f = sm.add("m.p", "machine M {\n  var x: int\n}\n");
        let d = Diagnostic::error(
            Span::new(f, 24, 25),
            "expected `;` after the variable declaration",
        );
        assert_eq!(
            render(&sm, &d),
            "m.p:2:13: error: expected `;` after the variable declaration\n\
             2 |   var x: int\n  |             ^\n"
        );
    }

    #[test]
    fn renders_labels_and_notes() {
        let mut sm = SourceMap::new();
        let f = sm.add("a.p", "event e;\nevent e;\n");
        let d = Diagnostic::error(Span::new(f, 15, 16), "event `e` is declared twice")
            .with_label(Span::new(f, 6, 7), "first declared here")
            .with_note("rename one of them");
        let text = render(&sm, &d);
        assert!(text.starts_with("a.p:2:7: error: event `e` is declared twice\n"));
        assert!(text.contains("a.p:1:7: note: first declared here\n1 | event e;\n  |       ^\n"));
        assert!(text.ends_with("  = note: rename one of them\n"));
    }

    #[test]
    fn empty_span_at_end_of_file_still_gets_a_caret() {
        let mut sm = SourceMap::new();
        let f = sm.add("e.p", "fun f() {");
        let d = Diagnostic::error(Span::new(f, 9, 9), "expected `}`");
        assert_eq!(
            render(&sm, &d),
            "e.p:1:10: error: expected `}`\n1 | fun f() {\n  |          ^\n"
        );
    }
}
