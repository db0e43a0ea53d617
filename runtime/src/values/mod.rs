//! P values in Rust: the types generated code uses for P's types, with P's
//! value semantics (copies are cheap: collections are persistent), P's
//! printing, and the operations that can fail at run time.
//!
//! | P type | Rust type |
//! | --- | --- |
//! | `int`, `bool` | `i64`, `bool` |
//! | `float` | [`PFloat`] |
//! | `string` | [`PString`] |
//! | `machine`, interfaces | [`MachineRef`] |
//! | `event` | [`EventValue`] |
//! | `seq[T]`, `set[T]`, `map[K, V]` | [`Seq`], [`Set`], [`Map`] |
//! | `any`, `data` | [`Value`] |
//! | tuples, named tuples, enums | generated types implementing [`PValue`] |

mod collections;
mod dynamic;
mod machine_ref;
mod scalar;

pub use collections::{Map, Seq, Set, ops};
pub use dynamic::{Value, ValueKind};
pub use machine_ref::MachineRef;
pub use scalar::{EventValue, PFloat, PString};

use std::fmt::Write;

/// What every P value type provides: conversion to and from `any`, and
/// printing the way P prints it.
pub trait PValue: Clone + Default + Ord + std::fmt::Debug + 'static {
    /// The value as an `any`.
    fn to_value(&self) -> Value;
    /// The value back from an `any` (an `as` cast); `None` if the dynamic
    /// value is not of this type.
    fn from_value(v: &Value) -> Option<Self>;
    /// Appends the value as P prints it (`format`, `print`).
    fn fmt_p(&self, out: &mut String);
}

/// The value as P prints it.
pub fn to_p_string<T: PValue>(v: &T) -> String {
    let mut s = String::new();
    v.fmt_p(&mut s);
    s
}

impl PValue for i64 {
    fn to_value(&self) -> Value {
        Value::Int(*self)
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Int(i) | Value::Enum(_, i) => Some(*i),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl PValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        // P's checker is .NET: booleans print capitalised.
        out.push_str(if *self { "True" } else { "False" });
    }
}

impl PValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
    fn from_value(v: &Value) -> Option<Self> {
        Some(v.clone())
    }
    fn fmt_p(&self, out: &mut String) {
        self.fmt_into(out);
    }
}

/// A value that can be printed the way P prints it (object-safe, for
/// [`format_pieces`]'s arguments).
pub trait Show {
    /// Appends the value as P prints it.
    fn show(&self, out: &mut String);
}

impl<T: PValue> Show for T {
    fn show(&self, out: &mut String) {
        self.fmt_p(out);
    }
}

/// One piece of a P format string, split by the code generator: literal
/// text, or the argument at an index (`{0}` may appear several times).
#[derive(Clone, Copy, Debug)]
pub enum Piece {
    /// Literal text (escapes and `{{`/`}}` already decoded).
    Text(&'static str),
    /// The argument at this index.
    Arg(usize),
}

/// P's `format(...)` with its format string already split into pieces (what
/// generated code calls, so no format string is parsed at run time).
pub fn format_pieces(pieces: &[Piece], args: &[&dyn Show]) -> PString {
    let text: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.len(),
            Piece::Arg(_) => 8,
        })
        .sum();
    let mut out = String::with_capacity(text);
    for p in pieces {
        match *p {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg(i) => match args.get(i) {
                Some(a) => a.show(&mut out),
                None => {
                    // The checker rejects an index past the arguments.
                    let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{{{i}}}"));
                }
            },
        }
    }
    PString::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_show_arguments_as_p_prints_them() {
        let (a, b) = (7i64, true);
        let pieces = [
            Piece::Text("x="),
            Piece::Arg(0),
            Piece::Text(", b="),
            Piece::Arg(1),
            Piece::Text(", "),
            Piece::Arg(0),
        ];
        assert_eq!(format_pieces(&pieces, &[&a, &b]).as_str(), "x=7, b=True, 7");
        assert_eq!(
            format_pieces(&[Piece::Text("no args")], &[]).as_str(),
            "no args"
        );
    }

    #[test]
    fn pieces_repeat_arguments_and_keep_text() {
        let (a, b) = (7i64, PString::lit("s"));
        let pieces = [
            Piece::Text("x="),
            Piece::Arg(0),
            Piece::Text(", "),
            Piece::Arg(1),
            Piece::Arg(0),
            Piece::Text(" {y}"),
        ];
        assert_eq!(format_pieces(&pieces, &[&a, &b]).as_str(), "x=7, s7 {y}");
        assert_eq!(format_pieces(&[Piece::Arg(2)], &[&a]).as_str(), "{2}");
    }
}
