//! Scalar P values that are not plain Rust scalars: floats with a total
//! order, shared immutable strings, and event values.

use super::{PValue, Value};
use std::cmp::Ordering;
use std::fmt::{self, Write};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// P's `float`: an IEEE double with a total order, so it can live in sets
/// and map keys.
#[derive(Clone, Copy, Default)]
pub struct PFloat(pub f64);

impl PartialEq for PFloat {
    fn eq(&self, other: &Self) -> bool {
        self.0.total_cmp(&other.0) == Ordering::Equal
    }
}
impl Eq for PFloat {}
impl PartialOrd for PFloat {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for PFloat {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}
impl Hash for PFloat {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

impl fmt::Debug for PFloat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.fmt_p(&mut s);
        f.write_str(&s)
    }
}

impl PValue for PFloat {
    fn to_value(&self) -> Value {
        Value::Float(*self)
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }
    /// Like .NET's `double.ToString()`: shortest round-trip digits, `1` for
    /// 1.0, exponent form (`1E+20`, `1E-05`) outside [1e-5, 1e15).
    fn fmt_p(&self, out: &mut String) {
        let v = self.0;
        if v.is_nan() {
            out.push_str("NaN");
        } else if v.is_infinite() {
            out.push_str(if v > 0.0 { "∞" } else { "-∞" });
        } else if v == 0.0 || (1e-5..1e15).contains(&v.abs()) {
            let _ = write!(out, "{v}");
        } else {
            let s = format!("{v:e}");
            let (mantissa, exp) = s.split_once('e').expect("{:e} has an exponent");
            let exp: i32 = exp.parse().expect("the exponent is a number");
            let sign = if exp < 0 { '-' } else { '+' };
            let _ = write!(out, "{mantissa}E{sign}{:02}", exp.abs());
        }
    }
}

/// P's `string`: immutable and shared, so copies are O(1). String literals
/// of the P program point at the binary's own text and never allocate.
#[derive(Clone)]
pub struct PString(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Shared(Rc<str>),
}

impl PString {
    /// A P string literal.
    #[inline]
    pub const fn lit(text: &'static str) -> PString {
        PString(Repr::Static(text))
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared(s) => s,
        }
    }

    /// String `+`.
    pub fn concat(&self, other: &PString) -> PString {
        let (a, b) = (self.as_str(), other.as_str());
        let mut s = String::with_capacity(a.len() + b.len());
        s.push_str(a);
        s.push_str(b);
        PString::from(s)
    }
}

impl Default for PString {
    fn default() -> Self {
        PString::lit("")
    }
}

// Strings are compared in maps and sets all the time, from generated code in
// another crate: inline, and equal pointers (the same literal, or copies of
// one string) decide without reading the text.
impl PartialEq for PString {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.as_str(), other.as_str());
        a.len() == b.len() && (a.as_ptr() == b.as_ptr() || a == b)
    }
}

impl Eq for PString {}

impl PartialOrd for PString {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PString {
    #[inline]
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b) = (self.as_str(), other.as_str());
        if a.as_ptr() == b.as_ptr() && a.len() == b.len() {
            return std::cmp::Ordering::Equal;
        }
        a.cmp(b)
    }
}

impl std::hash::Hash for PString {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl From<&str> for PString {
    fn from(s: &str) -> Self {
        PString(Repr::Shared(Rc::from(s)))
    }
}

impl From<String> for PString {
    fn from(s: String) -> Self {
        PString(Repr::Shared(Rc::from(s)))
    }
}

impl fmt::Debug for PString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for PString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PValue for PString {
    fn to_value(&self) -> Value {
        Value::Str(self.clone())
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

/// A value of P's `event` type: an event kind (without payload), or `null`.
/// Equality is by kind, as in P.
#[derive(Clone, Copy)]
pub struct EventValue {
    id: u16,
    name: &'static str,
}

impl EventValue {
    /// The `null` event value.
    pub const NULL: EventValue = EventValue {
        id: u16::MAX,
        name: "",
    };

    /// The event kind `id` named `name` (used by generated code).
    pub const fn new(id: crate::EventId, name: &'static str) -> EventValue {
        EventValue { id: id.0, name }
    }

    /// The event kind, or `None` for `null`.
    pub fn id(self) -> Option<crate::EventId> {
        (self.id != u16::MAX).then_some(crate::EventId(self.id))
    }

    /// The event's P name (empty for `null`).
    pub fn name(self) -> &'static str {
        self.name
    }
}

impl Default for EventValue {
    fn default() -> Self {
        EventValue::NULL
    }
}
impl PartialEq for EventValue {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for EventValue {}
impl PartialOrd for EventValue {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for EventValue {
    fn cmp(&self, other: &Self) -> Ordering {
        self.id.cmp(&other.id)
    }
}
impl Hash for EventValue {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}
impl fmt::Debug for EventValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.id == u16::MAX {
            "null"
        } else {
            self.name
        })
    }
}

impl PValue for EventValue {
    fn to_value(&self) -> Value {
        if self.id == u16::MAX {
            Value::Null
        } else {
            Value::Event(*self)
        }
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Event(e) => Some(*e),
            Value::Null => Some(EventValue::NULL),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        out.push_str(self.name);
    }
}

impl PValue for super::MachineRef {
    fn to_value(&self) -> Value {
        if self.is_null() {
            Value::Null
        } else {
            Value::Machine(*self)
        }
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Machine(m) => Some(*m),
            Value::Null => Some(super::MachineRef::NULL),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::to_p_string;

    #[test]
    fn floats_print_like_dotnet() {
        let p = |v: f64| to_p_string(&PFloat(v));
        assert_eq!(p(1.0), "1");
        assert_eq!(p(1.5), "1.5");
        assert_eq!(p(-0.25), "-0.25");
        assert_eq!(p(1e20), "1E+20");
        assert_eq!(p(1.5e-7), "1.5E-07");
        assert_eq!(p(0.0), "0");
        assert!(PFloat(1.0) < PFloat(1.5));
        assert_eq!(PFloat(f64::NAN), PFloat(f64::NAN));
    }

    #[test]
    fn strings_events_and_machines_print_and_compare() {
        assert_eq!(
            PString::from("ab").concat(&PString::from("c")).as_str(),
            "abc"
        );
        let e = EventValue::new(crate::EventId(4), "eWrite");
        assert_eq!(to_p_string(&e), "eWrite");
        assert_eq!(
            e,
            EventValue::new(crate::EventId(4), "other name, same kind")
        );
        assert_ne!(e, EventValue::NULL);
        assert_eq!(EventValue::from_value(&e.to_value()), Some(e));
        assert_eq!(to_p_string(&true), "True");
    }
}
