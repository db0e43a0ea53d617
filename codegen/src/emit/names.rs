//! P names -> Rust identifiers: the one place that decides how a P name is
//! spelled in generated code (case conventions, keyword escapes, clashes).

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};
use std::collections::BTreeSet;

/// Rust keywords (2024 edition, reserved ones included) that P allows as names.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names generated code uses itself, which P names must not take.
const RESERVED: &[&str] = &[
    "ctx", "received", "payload", "state", "event", "with", "tmp", "R", "Event",
];

/// An identifier, escaped if it is a keyword (`r#match`, or `self_` for the
/// keywords that cannot be raw).
pub fn ident(name: &str) -> Ident {
    if KEYWORDS.contains(&name) {
        if matches!(name, "self" | "Self" | "super" | "crate") {
            Ident::new(&format!("{name}_"), Span::call_site())
        } else {
            Ident::new_raw(name, Span::call_site())
        }
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// Cleans a P name into something heck can case: P identifiers are ASCII
/// letters, digits and underscores, so this only guards a leading digit.
fn base(name: &str, cased: String) -> String {
    let s = if cased.is_empty() {
        name.to_owned()
    } else {
        cased
    };
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{s}")
    } else {
        s
    }
}

/// `UpperCamelCase` for types, machines, enum elements and event variants.
pub fn type_name(name: &str) -> String {
    base(name, name.to_upper_camel_case())
}

/// `snake_case` for functions, fields and locals.
pub fn value_name(name: &str) -> String {
    let s = base(name, name.to_snake_case());
    if RESERVED.contains(&s.as_str()) || s.starts_with("tmp_") {
        format!("{s}_")
    } else {
        s
    }
}

/// `SHOUTY_SNAKE_CASE` for state and event-id constants.
pub fn const_name(name: &str) -> String {
    base(name, name.to_shouty_snake_case())
}

/// Hands out names unique within one scope: a second P name that cases to
/// the same Rust name gets a numeric suffix.
#[derive(Default, Debug)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new() -> Scope {
        Scope::default()
    }

    /// A scope in which `names` are already taken.
    pub fn with(names: &[&str]) -> Scope {
        Scope {
            taken: names.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn take(&mut self, wanted: String) -> String {
        let mut name = wanted.clone();
        let mut n = 2;
        while !self.taken.insert(name.clone()) {
            name = format!("{wanted}{n}");
            n += 1;
        }
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_rust_conventions_and_escape_keywords() {
        assert_eq!(type_name("tRecord"), "TRecord");
        assert_eq!(type_name("eSendRecord"), "ESendRecord");
        assert_eq!(value_name("recordId"), "record_id");
        assert_eq!(value_name("ctx"), "ctx_");
        assert_eq!(value_name("tmp_1"), "tmp_1_");
        assert_eq!(const_name("WaitForRequests"), "WAIT_FOR_REQUESTS");
        assert_eq!(ident("match").to_string(), "r#match");
        assert_eq!(ident("gen").to_string(), "r#gen");
        assert_eq!(ident("self").to_string(), "self_");
        let mut scope = Scope::with(&["Event"]);
        assert_eq!(scope.take("Event".into()), "Event2");
        assert_eq!(scope.take("A".into()), "A");
        assert_eq!(scope.take("A".into()), "A2");
    }
}
