//! P's format strings: every string literal is one (`{n}` placeholders,
//! `{{`/`}}` escapes), as P's `TypeCheckingUtils.PrintStmtNumArgs` reads
//! them, plus the backslash escapes of the literal itself.

use super::model::FormatPart;

/// Why a format string is malformed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `{` at the end of the text.
    OpenAtEnd,
    /// `{` followed by something other than digits up to a `}`.
    NotANumber,
    /// `{0` with no closing brace.
    Unclosed,
    /// A `}` that is neither `}}` nor the end of a placeholder.
    StrayClose,
}

impl FormatError {
    pub fn describe(self) -> &'static str {
        match self {
            FormatError::OpenAtEnd => "`{` at the end of the string starts no placeholder",
            FormatError::NotANumber => "a placeholder must be an argument number such as `{0}`",
            FormatError::Unclosed => "a placeholder is not closed with `}`",
            FormatError::StrayClose => "a single `}` must be written `}}`",
        }
    }
}

/// The parsed format of `raw` (the literal's text between the quotes, escapes
/// undecoded), and the number of arguments it needs (highest index + 1).
pub fn parse(raw: &str) -> Result<(Vec<FormatPart>, usize), FormatError> {
    let chars: Vec<char> = raw.chars().collect();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut needed = 0usize;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' => {
                i += 1;
                match chars.get(i) {
                    None => return Err(FormatError::OpenAtEnd),
                    Some('{') => {
                        text.push('{');
                        i += 1;
                    }
                    Some(_) => {
                        // At least one digit, as P's loop checks the first
                        // character before looking for `}`.
                        if !chars[i].is_ascii_digit() {
                            return Err(FormatError::NotANumber);
                        }
                        let mut n: usize = 0;
                        loop {
                            match chars.get(i) {
                                None => return Err(FormatError::Unclosed),
                                Some('}') => break,
                                Some(c) => {
                                    let d = c.to_digit(10).ok_or(FormatError::NotANumber)?;
                                    n = n.saturating_mul(10).saturating_add(d as usize);
                                    i += 1;
                                }
                            }
                        }
                        i += 1;
                        needed = needed.max(n.saturating_add(1));
                        if !text.is_empty() {
                            parts.push(FormatPart::Text(std::mem::take(&mut text)));
                        }
                        parts.push(FormatPart::Arg(n));
                    }
                }
            }
            '}' => {
                if chars.get(i + 1) != Some(&'}') {
                    return Err(FormatError::StrayClose);
                }
                text.push('}');
                i += 2;
            }
            '\\' => {
                let (c, used) = unescape(chars.get(i + 1).copied());
                text.push_str(&c);
                i += used;
            }
            c => {
                text.push(c);
                i += 1;
            }
        }
    }
    if !text.is_empty() {
        parts.push(FormatPart::Text(text));
    }
    Ok((parts, needed))
}

/// The text of `\c` and how many characters the escape used. An unknown
/// escape is a plain backslash (one character), so a brace after it still
/// counts as a placeholder, as in P's count over the raw text.
fn unescape(next: Option<char>) -> (String, usize) {
    let decoded = match next {
        Some('n') => '\n',
        Some('t') => '\t',
        Some('r') => '\r',
        Some('b') => '\u{8}',
        Some('f') => '\u{c}',
        Some('0') => '\0',
        Some(c @ ('"' | '\'' | '\\')) => c,
        Some(_) => return ("\\".into(), 1),
        None => return ("\\".into(), 1),
    };
    (decoded.to_string(), 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use FormatPart::*;

    #[test]
    fn counts_placeholders_and_decodes() {
        assert_eq!(
            parse("a{1}b{0}{{x}}\\n"),
            Ok((
                vec![
                    Text("a".into()),
                    Arg(1),
                    Text("b".into()),
                    Arg(0),
                    Text("{x}\n".into())
                ],
                2
            ))
        );
        assert_eq!(parse("plain"), Ok((vec![Text("plain".into())], 0)));
        assert_eq!(parse(""), Ok((vec![], 0)));
    }

    #[test]
    fn rejects_malformed_braces() {
        assert_eq!(parse("x{"), Err(FormatError::OpenAtEnd));
        assert_eq!(parse("{name}"), Err(FormatError::NotANumber));
        assert_eq!(parse("{}"), Err(FormatError::NotANumber));
        assert_eq!(parse("{12"), Err(FormatError::Unclosed));
        assert_eq!(parse("a}b"), Err(FormatError::StrayClose));
    }
}
