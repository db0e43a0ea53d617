//! P's collections as persistent data structures (assignment copies in
//! O(1)), their P printing and conversions, and the collection operations
//! that can fail at run time.

use super::dynamic::{fmt_map, fmt_seq, fmt_set, fmt_tuple};
use super::{PValue, Value};
use imbl::shared_ptr::RcK;

/// P's `seq[T]`.
pub type Seq<T> = imbl::GenericVector<T, RcK>;
/// P's `set[T]` (iterates in value order).
pub type Set<T> = imbl::GenericOrdSet<T, RcK>;
/// P's `map[K, V]` (iterates in key order).
pub type Map<K, V> = imbl::GenericOrdMap<K, V, RcK>;

impl<T: PValue> PValue for Seq<T> {
    fn to_value(&self) -> Value {
        Value::Seq(self.iter().map(PValue::to_value).collect())
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Seq(s) => s.iter().map(T::from_value).collect(),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        fmt_seq(out, self.iter().map(|v| |o: &mut String| v.fmt_p(o)));
    }
}

impl<T: PValue> PValue for Set<T> {
    fn to_value(&self) -> Value {
        Value::Set(self.iter().map(PValue::to_value).collect())
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Set(s) => s.iter().map(T::from_value).collect(),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        fmt_set(out, self.iter().map(|v| |o: &mut String| v.fmt_p(o)));
    }
}

impl<K: PValue, V: PValue> PValue for Map<K, V> {
    fn to_value(&self) -> Value {
        Value::Map(
            self.iter()
                .map(|(k, v)| (k.to_value(), v.to_value()))
                .collect(),
        )
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Map(m) => m
                .iter()
                .map(|(k, v)| Some((K::from_value(k)?, V::from_value(v)?)))
                .collect(),
            _ => None,
        }
    }
    fn fmt_p(&self, out: &mut String) {
        fmt_map(
            out,
            self.iter().map(|(k, v)| {
                (
                    move |o: &mut String| k.fmt_p(o),
                    move |o: &mut String| v.fmt_p(o),
                )
            }),
        );
    }
}

macro_rules! tuple_value {
    ($($t:ident $i:tt),+) => {
        impl<$($t: PValue),+> PValue for ($($t,)+) {
            fn to_value(&self) -> Value {
                Value::Tuple(vec![$(self.$i.to_value()),+].into())
            }
            fn from_value(v: &Value) -> Option<Self> {
                match v {
                    Value::Tuple(f) if f.len() == [$($i),+].len() => Some(($($t::from_value(&f[$i])?,)+)),
                    _ => None,
                }
            }
            fn fmt_p(&self, out: &mut String) {
                let fields: [&dyn Fn(&mut String); [$($i),+].len()] = [$(&|o: &mut String| self.$i.fmt_p(o)),+];
                fmt_tuple(out, fields.iter());
            }
        }
    };
}

tuple_value!(A 0);
tuple_value!(A 0, B 1);
tuple_value!(A 0, B 1, C 2);
tuple_value!(A 0, B 1, C 2, D 3);
tuple_value!(A 0, B 1, C 2, D 3, E 4);
tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// Collection and arithmetic operations that P reports as run-time errors.
pub mod ops {
    use super::{Map, PValue, Seq, Set};
    use crate::bug::{BugKind, RtError};

    fn index(i: i64, len: usize, what: &str) -> Result<usize, RtError> {
        usize::try_from(i).ok().filter(|&i| i < len).ok_or_else(|| {
            RtError::new(
                BugKind::IndexOutOfRange,
                format!("Index was out of range: {what} index {i}, size {len}."),
            )
        })
    }

    /// `s[i]`.
    pub fn seq_get<T: PValue>(s: &Seq<T>, i: i64) -> Result<T, RtError> {
        Ok(s[index(i, s.len(), "sequence")?].clone())
    }

    /// `s[i] = v`.
    pub fn seq_set<T: PValue>(s: &mut Seq<T>, i: i64, v: T) -> Result<(), RtError> {
        let i = index(i, s.len(), "sequence")?;
        s.set(i, v);
        Ok(())
    }

    /// A mutable reference to `s[i]`, for nested assignment `s[i].f = v`.
    pub fn seq_at<T: PValue>(s: &mut Seq<T>, i: i64) -> Result<&mut T, RtError> {
        let i = index(i, s.len(), "sequence")?;
        Ok(&mut s[i])
    }

    /// `s += (i, v)`: insert at `i`, `0 <= i <= size`.
    pub fn seq_insert<T: PValue>(s: &mut Seq<T>, i: i64, v: T) -> Result<(), RtError> {
        let i = index(i, s.len() + 1, "insertion")?;
        // Appending and prepending are the common cases (queues, logs).
        if i == s.len() {
            s.push_back(v);
        } else if i == 0 {
            s.push_front(v);
        } else {
            s.insert(i, v);
        }
        Ok(())
    }

    /// `s -= (i)`: remove index `i`.
    pub fn seq_remove<T: PValue>(s: &mut Seq<T>, i: i64) -> Result<(), RtError> {
        let i = index(i, s.len(), "removal")?;
        if i == 0 {
            s.pop_front();
        } else if i + 1 == s.len() {
            s.pop_back();
        } else {
            s.remove(i);
        }
        Ok(())
    }

    /// `set[i]`: the i-th element in iteration order.
    pub fn set_get<T: PValue>(s: &Set<T>, i: i64) -> Result<T, RtError> {
        let i = index(i, s.len(), "set")?;
        Ok(s.iter().nth(i).expect("index checked").clone())
    }

    /// `m[k]`.
    pub fn map_get<K: PValue, V: PValue>(m: &Map<K, V>, k: &K) -> Result<V, RtError> {
        m.get(k).cloned().ok_or_else(|| missing(k))
    }

    /// A mutable reference to `m[k]`, for nested assignment `m[k].f = v`.
    pub fn map_at<'m, K: PValue, V: PValue>(
        m: &'m mut Map<K, V>,
        k: &K,
    ) -> Result<&'m mut V, RtError> {
        m.get_mut(k).ok_or_else(|| missing(k))
    }

    fn missing<K: PValue>(k: &K) -> RtError {
        let mut key = String::new();
        k.fmt_p(&mut key);
        RtError::new(
            BugKind::MissingKey,
            format!("The given key '{key}' was not present in the dictionary."),
        )
    }

    /// `m += (k, v)`: add a key that must not be there yet.
    pub fn map_add<K: PValue, V: PValue>(m: &mut Map<K, V>, k: K, v: V) -> Result<(), RtError> {
        if m.contains_key(&k) {
            let mut key = String::new();
            k.fmt_p(&mut key);
            return Err(RtError::new(
                BugKind::DuplicateKey,
                format!("An item with the same key has already been added. Key: {key}"),
            ));
        }
        m.insert(k, v);
        Ok(())
    }

    /// Integer `a / b` (truncating, as in P).
    pub fn div(a: i64, b: i64) -> Result<i64, RtError> {
        if b == 0 {
            return Err(RtError::new(
                BugKind::DivisionByZero,
                "Attempted to divide by zero.",
            ));
        }
        Ok(a.wrapping_div(b))
    }

    /// Integer `a % b` (sign of the dividend, as in P).
    pub fn rem(a: i64, b: i64) -> Result<i64, RtError> {
        if b == 0 {
            return Err(RtError::new(
                BugKind::DivisionByZero,
                "Attempted to divide by zero.",
            ));
        }
        Ok(a.wrapping_rem(b))
    }

    /// `v as T` from `any`/`data`: `Err` names both types.
    pub fn cast<T: PValue>(v: &super::Value, target: &str) -> Result<T, RtError> {
        T::from_value(v).ok_or_else(|| {
            RtError::new(
                BugKind::Cast,
                format!(
                    "Cannot cast a value of type '{}' to type '{target}'.",
                    v.type_name()
                ),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ops::*;
    use super::*;
    use crate::bug::BugKind;
    use crate::values::to_p_string;

    #[test]
    fn seq_insert_and_remove_match_a_vec_at_every_position() {
        for len in 0..5i64 {
            for at in 0..=len {
                let mut s: Seq<i64> = (0..len).collect();
                let mut v: Vec<i64> = (0..len).collect();
                seq_insert(&mut s, at, 99).unwrap();
                v.insert(at as usize, 99);
                assert_eq!(
                    s.iter().copied().collect::<Vec<_>>(),
                    v,
                    "insert at {at} of {len}"
                );
                seq_remove(&mut s, at).unwrap();
                v.remove(at as usize);
                assert_eq!(
                    s.iter().copied().collect::<Vec<_>>(),
                    v,
                    "remove at {at} of {len}"
                );
            }
            let mut s: Seq<i64> = (0..len).collect();
            assert!(seq_insert(&mut s, len + 1, 0).is_err());
            assert!(seq_remove(&mut s, len).is_err());
        }
    }

    #[test]
    fn collections_copy_on_assignment() {
        let mut a: Seq<i64> = Seq::new();
        a.push_back(1);
        let b = a.clone();
        a.push_back(2);
        assert_eq!((a.len(), b.len()), (2, 1));
    }

    #[test]
    fn failing_operations_report_their_kind() {
        let mut s: Seq<i64> = (1..=3).collect();
        assert_eq!(seq_get(&s, 2).unwrap(), 3);
        assert_eq!(seq_get(&s, 3).unwrap_err().kind, BugKind::IndexOutOfRange);
        assert_eq!(seq_get(&s, -1).unwrap_err().kind, BugKind::IndexOutOfRange);
        seq_insert(&mut s, 3, 9).unwrap();
        assert_eq!(to_p_string(&s), "(1, 2, 3, 9)");
        assert!(seq_insert(&mut s, 6, 0).is_err());
        seq_remove(&mut s, 0).unwrap();
        assert_eq!(to_p_string(&s), "(2, 3, 9)");
        let mut m: Map<i64, bool> = Map::new();
        map_add(&mut m, 1, true).unwrap();
        assert_eq!(
            map_add(&mut m, 1, false).unwrap_err().kind,
            BugKind::DuplicateKey
        );
        let e = map_get(&m, &5).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str()),
            (
                BugKind::MissingKey,
                "The given key '5' was not present in the dictionary."
            )
        );
        assert_eq!(div(-7, 2).unwrap(), -3);
        assert_eq!(rem(-7, 2).unwrap(), -1);
        assert_eq!(div(1, 0).unwrap_err().kind, BugKind::DivisionByZero);
        let set: Set<i64> = [5, 3].into_iter().collect();
        assert_eq!(set_get(&set, 1).unwrap(), 5);
        assert_eq!(to_p_string(&set), "(<3>, <5>)");
        assert_eq!(to_p_string(&m), "(<1->True>)");
    }

    #[test]
    fn any_values_cast_back_or_fail() {
        let t = (1i64, true);
        let v = t.to_value();
        assert_eq!(to_p_string(&t), "<1,True,>");
        assert_eq!(cast::<(i64, bool)>(&v, "(int, bool)").unwrap(), t);
        let e = cast::<i64>(&v, "int").unwrap_err();
        assert_eq!(e.kind, BugKind::Cast);
        assert_eq!(
            e.message,
            "Cannot cast a value of type '(int, bool)' to type 'int'."
        );
        let s: Seq<i64> = (1..=2).collect();
        assert_eq!(cast::<Seq<i64>>(&s.to_value(), "seq[int]").unwrap(), s);
    }
}
