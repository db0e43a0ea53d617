//! Function bodies in the checked model: typed, resolved statements and
//! expressions.
//!
//! The shapes follow P's surface syntax with the decisions the checker made
//! written down: which collection an index reads, which conversion a `to`
//! performs, where a value is widened ([`ExprKind::Upcast`]).

use super::{EnumId, EventId, FieldId, FunId, InterfaceId, Loc, LocalId, ParamId, StateId, TypeId};
use crate::source::Span;

/// A variable: a local (or parameter) of the enclosing function, or a field
/// of the machine that owns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VarRef {
    Local(LocalId),
    Field(FieldId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

/// A piece of a format string (every P string literal is one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPart {
    /// Literal text, escapes and `{{`/`}}` decoded.
    Text(String),
    /// `{n}`: the n-th argument.
    Arg(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectionKind {
    Seq,
    Set,
    Map,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x` on int or float
    Neg,
    /// `!b`
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

/// The conversions of `e to T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coercion {
    IntToFloat,
    /// Truncates toward zero.
    FloatToInt,
    /// An enum element's number.
    EnumToInt,
    /// A machine reference viewed through an interface (checked at run time
    /// against the reference's permissions when it is not statically known).
    ToInterface,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Var(VarRef),
    /// A `param` global: read-only, its value set by the test case.
    Param(ParamId),
    /// An element of an enum: the enum and the element's index.
    EnumElem(EnumId, usize),
    /// An event used as a value (including `halt`).
    Event(EventId),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A string literal or `format(...)`: the parsed format and its
    /// arguments (none for a plain literal).
    Format {
        parts: Vec<FormatPart>,
        args: Vec<Expr>,
    },
    /// `null`; its type is [`TypeId::NULL`] unless widened by an upcast.
    Null,
    /// `$` (`fair: false`) or `$$`
    Nondet {
        fair: bool,
    },
    This,
    /// `(a, b)`, and packed payload arguments.
    Tuple(Vec<Expr>),
    /// `(x = a, y = b)`; the names are in the type.
    NamedTuple(Vec<Expr>),
    /// `e.name` (named tuple, field index in type order) or `e.0` (tuple).
    Field(Box<Expr>, usize),
    /// `c[i]`: seq element, set element by position, or map value.
    Index {
        collection: Box<Expr>,
        index: Box<Expr>,
        kind: CollectionKind,
    },
    Keys(Box<Expr>),
    Values(Box<Expr>),
    Sizeof(Box<Expr>, CollectionKind),
    /// `default(T)`; `T` is the expression's type.
    Default,
    /// `new I(payload)`
    New {
        interface: InterfaceId,
        payload: Option<Box<Expr>>,
    },
    Call {
        fun: FunId,
        args: Vec<Expr>,
    },
    Unary(UnaryOp, Box<Expr>),
    /// Arithmetic and comparisons have operands of one type (int, float or
    /// string); `==`/`!=` operands are upcast to a common type.
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `x in c`: element (seq, set) or key (map) membership.
    In {
        item: Box<Expr>,
        collection: Box<Expr>,
        kind: CollectionKind,
    },
    /// `e as T` where `T` is not a supertype of `e`'s type: checked at run
    /// time; `T` is the expression's type.
    Cast(Box<Expr>),
    /// `e to T`.
    Coerce(Box<Expr>, Coercion),
    /// `choose()` (bool), `choose(n)` (int in `[0, n)`), or a random element
    /// (seq, set) or key (map).
    Choose(Option<(Box<Expr>, ChooseKind)>),
    /// The value converted to the supertype `ty` (inserted by the checker).
    Upcast(Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooseKind {
    Int,
    Seq,
    Set,
    Map,
}

/// A `{ ... }` of statements.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// Where the statement starts (for assert messages and traces).
    pub loc: Loc,
}

/// One case of a `receive`.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveCase {
    pub events: Vec<EventId>,
    /// The local bound to the payload, and how the payload reaches it (per
    /// event, in `events` order).
    pub param: Option<(LocalId, Vec<super::ParamBinding>)>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Block(Block),
    Assert {
        cond: Expr,
        message: Option<Expr>,
    },
    Print(Expr),
    Return(Option<Expr>),
    Break,
    Continue,
    /// `target = value`; `target` is a variable, field, tuple element, seq
    /// element or map entry.
    Assign {
        target: Expr,
        value: Expr,
    },
    /// `c += (i, v)`: insert into a seq at `i`, or add key `i` to a map.
    Insert {
        target: Expr,
        index: Expr,
        value: Expr,
        kind: CollectionKind,
    },
    /// `s += (v)` on a set.
    Add {
        target: Expr,
        value: Expr,
    },
    /// `c -= k`: remove a seq index, a set element or a map key.
    Remove {
        target: Expr,
        key: Expr,
        kind: CollectionKind,
    },
    While {
        cond: Expr,
        body: Block,
    },
    /// `foreach (item in collection)`: iterates a snapshot of a seq or set.
    Foreach {
        item: VarRef,
        collection: Expr,
        kind: CollectionKind,
        body: Block,
    },
    If {
        cond: Expr,
        then: Block,
        otherwise: Option<Block>,
    },
    /// A call or `new` evaluated for its effect.
    Expr(Expr),
    Raise {
        event: Expr,
        payload: Option<Expr>,
    },
    Send {
        target: Expr,
        event: Expr,
        payload: Option<Expr>,
    },
    Announce {
        event: Expr,
        payload: Option<Expr>,
    },
    Goto {
        state: StateId,
        payload: Option<Expr>,
    },
    Receive(Vec<ReceiveCase>),
}
