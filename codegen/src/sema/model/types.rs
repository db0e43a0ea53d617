//! P's types, interned: every distinct type has one [`TypeId`], and P's
//! subtyping (`IsAssignableFrom` in p-org/P `TypeChecker/Types/*.cs`) is
//! decided on those ids.
//!
//! Aliases are structural: `type T = seq[int];` and `seq[int]` are the same
//! id. Ids are handed out in the order the checker first meets each type,
//! which is source order, so they are stable from run to run.

use super::{EnumId, EventId, EventSetId, InterfaceId, MachineId, TypeDeclId};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

/// An interned type; index into [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

impl TypeId {
    /// The type of `null` and of "no value": the payload of an event without
    /// payload, the return type of a function without return type.
    pub const NULL: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const FLOAT: TypeId = TypeId(3);
    pub const STRING: TypeId = TypeId(4);
    pub const EVENT: TypeId = TypeId(5);
    pub const MACHINE: TypeId = TypeId(6);
    pub const DATA: TypeId = TypeId(7);
    pub const ANY: TypeId = TypeId(8);
    /// The checker's "already reported" sentinel. It never appears in a
    /// model returned to callers.
    pub const ERROR: TypeId = TypeId(9);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where a permission (machine reference) type comes from. Its values are
/// machine references whose allowed events are the origin's receive set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PermissionOrigin {
    /// An interface, including the interface every machine declares under
    /// its own name.
    Interface(InterfaceId),
    /// An event set used as a type.
    EventSet(EventSetId),
    /// A spec machine's name used as a type (its receive set is empty).
    Spec(MachineId),
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeKind {
    Null,
    Bool,
    Int,
    Float,
    String,
    Event,
    Machine,
    Data,
    Any,
    Error,
    Enum(EnumId),
    /// A foreign type `type T;`: opaque values supplied by foreign code.
    Foreign(TypeDeclId),
    Permission(PermissionOrigin),
    Tuple(Vec<TypeId>),
    NamedTuple(Vec<(String, TypeId)>),
    Seq(TypeId),
    Set(TypeId),
    Map(TypeId, TypeId),
}

/// Names the table needs to print types and the receive sets it needs to
/// compare permission types. Filled by the checker once declarations are
/// resolved.
#[derive(Clone, Debug, Default)]
pub struct TypeNames {
    pub enums: Vec<String>,
    pub foreign: HashMap<TypeDeclId, String>,
    pub interfaces: Vec<String>,
    pub event_sets: Vec<String>,
    pub machines: Vec<String>,
}

/// All types of a program.
#[derive(Clone, Debug)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    // Lookup only: ids come from `kinds`' order, never from this map.
    ids: HashMap<TypeKind, TypeId>,
    /// The events each permission origin allows, `halt` included.
    perms: HashMap<PermissionOrigin, BTreeSet<EventId>>,
    pub(crate) names: TypeNames,
}

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: Vec::new(),
            ids: HashMap::new(),
            perms: HashMap::new(),
            names: TypeNames::default(),
        };
        use TypeKind::*;
        for k in [
            Null, Bool, Int, Float, String, Event, Machine, Data, Any, Error,
        ] {
            t.intern(k);
        }
        t
    }

    /// The id of `kind`, adding it if it is new.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.ids.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.ids.insert(kind, id);
        id
    }

    pub fn kind(&self, id: TypeId) -> &TypeKind {
        &self.kinds[id.index()]
    }

    /// Every type with its id, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (TypeId, &TypeKind)> {
        self.kinds
            .iter()
            .enumerate()
            .map(|(i, k)| (TypeId(i as u32), k))
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub(crate) fn set_permissions(&mut self, origin: PermissionOrigin, events: BTreeSet<EventId>) {
        self.perms.insert(origin, events);
    }

    /// The events a permission origin allows (its receive set).
    pub fn permission_events(&self, origin: PermissionOrigin) -> BTreeSet<EventId> {
        self.perms.get(&origin).cloned().unwrap_or_default()
    }

    pub fn seq(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Seq(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }

    pub fn is_error(&self, id: TypeId) -> bool {
        id == TypeId::ERROR
    }

    /// Whether a value of type `from` may be stored where `to` is expected
    /// (P's `to.IsAssignableFrom(from)`). The error sentinel is compatible
    /// with everything, so one mistake is reported once.
    pub fn assignable(&self, to: TypeId, from: TypeId) -> bool {
        if to == from || to == TypeId::ERROR || from == TypeId::ERROR {
            return true;
        }
        use TypeKind as K;
        match (self.kind(to), self.kind(from)) {
            (K::Any, _) => true,
            (K::Machine, f) => matches!(f, K::Machine | K::Null | K::Permission(_)),
            (K::Event, f) => matches!(f, K::Event | K::Null),
            (K::Data, _) => self
                .allowed_permissions(from)
                .is_some_and(|events| events.is_empty()),
            (K::Permission(a), K::Permission(b)) => {
                self.permission_events(*a) == self.permission_events(*b)
            }
            (K::Tuple(a), K::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| self.assignable(*x, *y))
            }
            (K::NamedTuple(a), K::NamedTuple(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((n1, x), (n2, y))| n1 == n2 && self.assignable(*x, *y))
            }
            (K::Seq(a), K::Seq(b)) | (K::Set(a), K::Set(b)) => self.assignable(*a, *b),
            (K::Map(k1, v1), K::Map(k2, v2)) => {
                self.assignable(*k1, *k2) && self.assignable(*v1, *v2)
            }
            // Primitives, enums and foreign types only accept themselves,
            // which interning already compared.
            _ => false,
        }
    }

    /// Whether `null` is `t` or the type of one of its tuple or named-tuple
    /// fields, at any depth (the type of a literal like `(1, null)`).
    pub fn holds_null(&self, t: TypeId) -> bool {
        match self.kind(t) {
            TypeKind::Null => true,
            TypeKind::Tuple(ts) => ts.iter().any(|t| self.holds_null(*t)),
            TypeKind::NamedTuple(fs) => fs.iter().any(|(_, t)| self.holds_null(*t)),
            _ => false,
        }
    }

    /// Assignable both ways (P's `IsSameTypeAs`).
    pub fn same(&self, a: TypeId, b: TypeId) -> bool {
        self.assignable(a, b) && self.assignable(b, a)
    }

    /// The machine-reference permissions a value of this type may carry;
    /// `None` when unbounded (`machine`, `any`, foreign types). `data`
    /// accepts exactly the types whose set is known and empty.
    pub fn allowed_permissions(&self, id: TypeId) -> Option<BTreeSet<EventId>> {
        use TypeKind as K;
        match self.kind(id) {
            K::Any | K::Machine | K::Foreign(_) => None,
            K::Null
            | K::Bool
            | K::Int
            | K::Float
            | K::String
            | K::Event
            | K::Data
            | K::Error
            | K::Enum(_) => Some(BTreeSet::new()),
            K::Permission(o) => Some(self.permission_events(*o)),
            K::Seq(e) | K::Set(e) => self.allowed_permissions(*e),
            K::Map(k, v) => {
                let mut s = self.allowed_permissions(*k)?;
                s.extend(self.allowed_permissions(*v)?);
                Some(s)
            }
            K::Tuple(ts) => {
                let mut s = BTreeSet::new();
                for t in ts {
                    s.extend(self.allowed_permissions(*t)?);
                }
                Some(s)
            }
            K::NamedTuple(fs) => {
                let mut s = BTreeSet::new();
                for (_, t) in fs {
                    s.extend(self.allowed_permissions(*t)?);
                }
                Some(s)
            }
        }
    }

    /// The type as P writes it: `seq[int]`, `(a: int, b: bool)`, `tPoint`'s
    /// expansion, an enum's or interface's name.
    pub fn display(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id);
        s
    }

    fn write(&self, out: &mut String, id: TypeId) {
        use TypeKind as K;
        let name = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_else(|| "?".into());
        match self.kind(id) {
            K::Null => out.push_str("null"),
            K::Bool => out.push_str("bool"),
            K::Int => out.push_str("int"),
            K::Float => out.push_str("float"),
            K::String => out.push_str("string"),
            K::Event => out.push_str("event"),
            K::Machine => out.push_str("machine"),
            K::Data => out.push_str("data"),
            K::Any => out.push_str("any"),
            K::Error => out.push_str("<error>"),
            K::Enum(e) => out.push_str(&name(&self.names.enums, e.index())),
            K::Foreign(t) => {
                let n = self.names.foreign.get(t).cloned().unwrap_or_default();
                out.push_str(&n)
            }
            K::Permission(PermissionOrigin::Interface(i)) => {
                out.push_str(&name(&self.names.interfaces, i.index()))
            }
            K::Permission(PermissionOrigin::EventSet(e)) => {
                out.push_str(&name(&self.names.event_sets, e.index()))
            }
            K::Permission(PermissionOrigin::Spec(m)) => {
                out.push_str(&name(&self.names.machines, m.index()))
            }
            K::Tuple(ts) => {
                out.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, *t);
                }
                if ts.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            K::NamedTuple(fs) => {
                out.push('(');
                for (i, (n, t)) in fs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let _ = write!(out, "{n}: ");
                    self.write(out, *t);
                }
                out.push(')');
            }
            K::Seq(e) => {
                out.push_str("seq[");
                self.write(out, *e);
                out.push(']');
            }
            K::Set(e) => {
                out.push_str("set[");
                self.write(out, *e);
                out.push(']');
            }
            K::Map(k, v) => {
                out.push_str("map[");
                self.write(out, *k);
                out.push_str(", ");
                self.write(out, *v);
                out.push(']');
            }
        }
    }
}
