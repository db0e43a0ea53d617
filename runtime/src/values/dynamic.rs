//! `any` and `data`: a value whose P type is known only at run time, with
//! the run-time type tests that `as` casts need.

use super::{EventValue, MachineRef, Map, PFloat, PString, PValue, Seq, Set};
use std::fmt::Write;
use std::rc::Rc;

/// A P value of any type. Ordering is total (first by kind, then by value)
/// so dynamic values can be set elements and map keys.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// A `bool`.
    Bool(bool),
    /// An `int`.
    Int(i64),
    /// A `float`.
    Float(PFloat),
    /// A `string`.
    Str(PString),
    /// An enum element: the enum's P name and the element's value.
    Enum(&'static str, i64),
    /// An `event` value.
    Event(EventValue),
    /// A machine reference.
    Machine(MachineRef),
    /// A tuple.
    Tuple(Rc<[Value]>),
    /// A named tuple: field names and values, in declaration order.
    Named(Rc<[(&'static str, Value)]>),
    /// A `seq`.
    Seq(Seq<Value>),
    /// A `set`.
    Set(Set<Value>),
    /// A `map`.
    Map(Map<Value, Value>),
}

/// The outer kind of a dynamic value, for cast error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// `null`
    Null,
    /// bool
    Bool,
    /// int
    Int,
    /// float
    Float,
    /// string
    Str,
    /// an enum
    Enum,
    /// event
    Event,
    /// machine
    Machine,
    /// tuple
    Tuple,
    /// named tuple
    Named,
    /// seq
    Seq,
    /// set
    Set,
    /// map
    Map,
}

impl Value {
    /// The value's outer kind.
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Null => ValueKind::Null,
            Value::Bool(_) => ValueKind::Bool,
            Value::Int(_) => ValueKind::Int,
            Value::Float(_) => ValueKind::Float,
            Value::Str(_) => ValueKind::Str,
            Value::Enum(..) => ValueKind::Enum,
            Value::Event(_) => ValueKind::Event,
            Value::Machine(_) => ValueKind::Machine,
            Value::Tuple(_) => ValueKind::Tuple,
            Value::Named(_) => ValueKind::Named,
            Value::Seq(_) => ValueKind::Seq,
            Value::Set(_) => ValueKind::Set,
            Value::Map(_) => ValueKind::Map,
        }
    }

    /// The P name of the value's type, for messages.
    pub fn type_name(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "string".into(),
            Value::Enum(name, _) => (*name).into(),
            Value::Event(_) => "event".into(),
            Value::Machine(m) => m.name().into(),
            Value::Tuple(fields) => format!(
                "({})",
                fields
                    .iter()
                    .map(Value::type_name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Named(fields) => format!(
                "({})",
                fields
                    .iter()
                    .map(|(n, v)| format!("{n}: {}", v.type_name()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Seq(_) => "seq".into(),
            Value::Set(_) => "set".into(),
            Value::Map(_) => "map".into(),
        }
    }

    /// Appends the value as P prints it: tuples `<1,2,>`, named tuples
    /// `<a:1, b:2, >`, sequences `(1, 2)`, sets `(<1>, <2>)`, maps
    /// `(<k->v>, ...)`; `null` prints as nothing.
    pub fn fmt_into(&self, out: &mut String) {
        match self {
            Value::Null => {}
            Value::Bool(b) => b.fmt_p(out),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Enum(_, i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => f.fmt_p(out),
            Value::Str(s) => s.fmt_p(out),
            Value::Event(e) => e.fmt_p(out),
            Value::Machine(m) => m.fmt_p(out),
            Value::Tuple(fields) => {
                fmt_tuple(out, fields.iter().map(|v| |o: &mut String| v.fmt_into(o)))
            }
            Value::Named(fields) => {
                out.push('<');
                for (name, v) in fields.iter() {
                    out.push_str(name);
                    out.push(':');
                    v.fmt_into(out);
                    out.push_str(", ");
                }
                out.push('>');
            }
            Value::Seq(s) => fmt_seq(out, s.iter().map(|v| |o: &mut String| v.fmt_into(o))),
            Value::Set(s) => fmt_set(out, s.iter().map(|v| |o: &mut String| v.fmt_into(o))),
            Value::Map(m) => fmt_map(
                out,
                m.iter().map(|(k, v)| {
                    (
                        move |o: &mut String| k.fmt_into(o),
                        move |o: &mut String| v.fmt_into(o),
                    )
                }),
            ),
        }
    }
}

/// `<a,b,>`: each tuple field followed by a comma, as P prints tuples.
pub(crate) fn fmt_tuple<F: Fn(&mut String)>(out: &mut String, fields: impl Iterator<Item = F>) {
    out.push('<');
    for f in fields {
        f(out);
        out.push(',');
    }
    out.push('>');
}

/// `(a, b)`.
pub(crate) fn fmt_seq<F: Fn(&mut String)>(out: &mut String, items: impl Iterator<Item = F>) {
    out.push('(');
    for (i, f) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        f(out);
    }
    out.push(')');
}

/// `(<a>, <b>)`.
pub(crate) fn fmt_set<F: Fn(&mut String)>(out: &mut String, items: impl Iterator<Item = F>) {
    fmt_seq(
        out,
        items.map(|f| {
            move |o: &mut String| {
                o.push('<');
                f(o);
                o.push('>');
            }
        }),
    );
}

/// `(<k->v>, ...)`.
pub(crate) fn fmt_map<K: Fn(&mut String), V: Fn(&mut String)>(
    out: &mut String,
    items: impl Iterator<Item = (K, V)>,
) {
    fmt_seq(
        out,
        items.map(|(k, v)| {
            move |o: &mut String| {
                o.push('<');
                k(o);
                o.push_str("->");
                v(o);
                o.push('>');
            }
        }),
    );
}
