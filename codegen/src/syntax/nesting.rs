//! A quick lexical pass that rejects absurdly deep bracket nesting before
//! the grammar sees it.
//!
//! The parser and the tree walkers recurse once per bracket level; a limit
//! checked up front keeps every later stage within a known depth and gives a
//! clear message instead of a stack overflow.

use crate::diag::Diagnostic;
use crate::source::{FileId, Span};

/// The deepest `(`, `[` and `{` nesting a file may have. Real P code stays
/// far below it.
pub const MAX_BRACKET_DEPTH: usize = 256;

/// Reports the first bracket that opens level [`MAX_BRACKET_DEPTH`] + 1.
/// Strings and comments are skipped the way the lexer skips them.
pub fn check(file: FileId, text: &str) -> Result<(), Diagnostic> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKET_DEPTH {
                    return Err(Diagnostic::error(
                        Span::new(file, i, i + 1),
                        format!("brackets are nested more than {MAX_BRACKET_DEPTH} levels deep"),
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_brackets_outside_strings_and_comments() {
        let f = FileId(0);
        let deep = "(".repeat(MAX_BRACKET_DEPTH + 1);
        let err = check(f, &format!("x = {deep}")).unwrap_err();
        assert_eq!(err.span.start as usize, 4 + MAX_BRACKET_DEPTH);
        assert!(check(f, &"(".repeat(MAX_BRACKET_DEPTH)).is_ok());
        assert!(check(f, &format!("\"{deep}\" // {deep}\n /* {deep} */")).is_ok());
        // An escaped quote does not end the string.
        assert!(check(f, &format!("\"\\\"{deep}\"")).is_ok());
    }
}
