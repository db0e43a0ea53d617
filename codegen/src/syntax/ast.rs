//! The P syntax tree: what the parser produces and the checker reads.
//!
//! It mirrors P's surface syntax (p-org/P `PParser.g4`) without resolving
//! anything: names are plain [`Ident`]s, types are [`TypeExpr`]s as written.
//! Every node carries the [`Span`] it was parsed from.
//!
//! *Invariant*: the tree holds no pest types; the parser is the only place
//! that knows the grammar's rule names.

// Declarations differ a lot in size; boxing them would only add noise to
// every match in the checker.
#![allow(clippy::large_enum_variant)]

use crate::source::Span;

/// A name as written, with its location.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// All declarations of one source file, in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceUnit {
    pub decls: Vec<TopDecl>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TopDecl {
    TypeDef(TypeDef),
    Enum(EnumDecl),
    Event(EventDecl),
    EventSet(EventSetDecl),
    Interface(InterfaceDecl),
    Machine(MachineDecl),
    Fun(FunDecl),
    Module(ModuleDecl),
    Test(TestDecl),
    Implementation(ImplementationDecl),
    /// `param g: int;`: a global parameter of parametric tests.
    Param(ParamDecl),
    /// A verification-only declaration (`pure`, `invariant`, `axiom`,
    /// `lemma`, `theorem`, `proof`, `init`, ...), kept so later stages can
    /// report it as unsupported.
    Verification(VerificationDecl),
}

impl TopDecl {
    pub fn span(&self) -> Span {
        match self {
            TopDecl::TypeDef(d) => d.span,
            TopDecl::Enum(d) => d.span,
            TopDecl::Event(d) => d.span,
            TopDecl::EventSet(d) => d.span,
            TopDecl::Interface(d) => d.span,
            TopDecl::Machine(d) => d.span,
            TopDecl::Fun(d) => d.span,
            TopDecl::Module(d) => d.span,
            TopDecl::Test(d) => d.span,
            TopDecl::Implementation(d) => d.span,
            TopDecl::Param(d) => d.span,
            TopDecl::Verification(d) => d.span,
        }
    }
}

/// `type T = ...;` or the foreign `type T;` (`ty` is `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub name: Ident,
    pub ty: Option<TypeExpr>,
    pub span: Span,
}

/// `enum E { A, B }` or `enum E { A = 1, B = 5 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    pub name: Ident,
    pub elems: Vec<EnumElem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumElem {
    pub name: Ident,
    /// The explicit value of a numbered element.
    pub value: Option<IntLit>,
    pub span: Span,
}

/// An integer literal as written (P has no negative literals; `-1` is a
/// unary minus applied to `1`).
#[derive(Clone, Debug, PartialEq)]
pub struct IntLit {
    pub value: u64,
    pub span: Span,
}

/// `event e;`, `event e: T;`, `event e assert 3: T;`
#[derive(Clone, Debug, PartialEq)]
pub struct EventDecl {
    pub name: Ident,
    pub cardinality: Option<Cardinality>,
    pub payload: Option<TypeExpr>,
    pub span: Span,
}

/// The `assert N` / `assume N` bound on an event's or machine's instances.
#[derive(Clone, Debug, PartialEq)]
pub struct Cardinality {
    pub kind: CardinalityKind,
    pub bound: IntLit,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardinalityKind {
    Assert,
    Assume,
}

/// `eventset S = { e1, e2 };`
#[derive(Clone, Debug, PartialEq)]
pub struct EventSetDecl {
    pub name: Ident,
    pub events: Vec<EventRef>,
    pub span: Span,
}

/// A reference to an event in an event list: a name, `halt` or `null`.
#[derive(Clone, Debug, PartialEq)]
pub enum EventRef {
    Named(Ident),
    Halt(Span),
    Null(Span),
}

impl EventRef {
    pub fn span(&self) -> Span {
        match self {
            EventRef::Named(i) => i.span,
            EventRef::Halt(s) | EventRef::Null(s) => *s,
        }
    }
}

/// `interface I(T) receives e1, e2;`
#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceDecl {
    pub name: Ident,
    pub payload: Option<TypeExpr>,
    /// `None` when there is no `receives` clause (P requires one, but an
    /// empty `receives;` means "no events").
    pub receives: Option<Vec<EventRef>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MachineKind {
    /// An implementation machine.
    Machine,
    /// `spec M observes e1, e2 { ... }`
    Spec { observes: Vec<EventRef> },
    /// `scenario M observes ...` (coverage monitor).
    Scenario { observes: Vec<EventRef> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct MachineDecl {
    pub kind: MachineKind,
    pub name: Ident,
    pub cardinality: Option<Cardinality>,
    /// Every `receives ...;` clause, in order (`receives;` gives an empty list).
    pub receives: Vec<Vec<EventRef>>,
    /// Every `sends ...;` clause, in order.
    pub sends: Vec<Vec<EventRef>>,
    pub items: Vec<MachineItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MachineItem {
    Var(VarDecl),
    Fun(FunDecl),
    State(StateDecl),
    /// A verification-only item inside a machine (e.g. an `invariant`).
    Verification(VerificationDecl),
}

/// `var a, b: T;`
#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub ty: TypeExpr,
    pub span: Span,
}

/// `fun f(a: int): T { ... }`, or a foreign `fun f(a: int): T;`
#[derive(Clone, Debug, PartialEq)]
pub struct FunDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    /// `creates I1, I2` on foreign functions.
    pub creates: Vec<Ident>,
    /// `None` for a foreign function.
    pub body: Option<FunBody>,
    pub span: Span,
}

/// A function body: local declarations, then statements (P requires this order).
#[derive(Clone, Debug, PartialEq)]
pub struct FunBody {
    pub locals: Vec<VarDecl>,
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Temperature {
    Hot,
    Cold,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StateDecl {
    pub name: Ident,
    pub start: bool,
    pub temperature: Option<Temperature>,
    pub items: Vec<StateItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StateItem {
    Entry(Handler),
    Exit(Handler),
    Defer(Vec<EventRef>, Span),
    Ignore(Vec<EventRef>, Span),
    /// `on e1, e2 do handler`
    OnDo {
        events: Vec<EventRef>,
        handler: Handler,
        span: Span,
    },
    /// `on e goto S;` or `on e goto S with handler`
    OnGoto {
        events: Vec<EventRef>,
        target: Ident,
        with: Option<Handler>,
        span: Span,
    },
}

impl StateItem {
    pub fn span(&self) -> Span {
        match self {
            StateItem::Entry(h) | StateItem::Exit(h) => h.span(),
            StateItem::Defer(_, s) | StateItem::Ignore(_, s) => *s,
            StateItem::OnDo { span, .. } | StateItem::OnGoto { span, .. } => *span,
        }
    }
}

/// The code run for an entry, exit, `do` or `with`: a named function or an
/// anonymous one.
#[derive(Clone, Debug, PartialEq)]
pub enum Handler {
    Named(Ident),
    Anon(AnonFun),
}

impl Handler {
    pub fn span(&self) -> Span {
        match self {
            Handler::Named(i) => i.span,
            Handler::Anon(a) => a.span,
        }
    }
}

/// `(p: T) { ... }` or `{ ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct AnonFun {
    pub param: Option<Param>,
    pub body: FunBody,
    pub span: Span,
}

/// A type as written.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeExprKind {
    Bool,
    Int,
    Float,
    String,
    Event,
    Machine,
    Data,
    Any,
    Seq(Box<TypeExpr>),
    Set(Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Tuple(Vec<TypeExpr>),
    NamedTuple(Vec<(Ident, TypeExpr)>),
    /// A type alias, enum, interface or foreign type name.
    Named(Ident),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `{ ... }`
    Block(Vec<Stmt>),
    /// `assert c;` / `assert c, msg;`
    Assert {
        cond: Expr,
        message: Option<Expr>,
    },
    /// `assume c;` / `assume c, msg;`
    Assume {
        cond: Expr,
        message: Option<Expr>,
    },
    Print(Expr),
    Return(Option<Expr>),
    Break,
    Continue,
    /// `lv = e;`
    Assign {
        target: Expr,
        value: Expr,
    },
    /// `lv += (i, v);` (insert into a seq at i, or add key i to a map)
    Insert {
        target: Expr,
        index: Expr,
        value: Expr,
    },
    /// `lv += (v);` (add to a set)
    Add {
        target: Expr,
        value: Expr,
    },
    /// `lv -= e;` (remove an index, element or key)
    Remove {
        target: Expr,
        key: Expr,
    },
    While {
        cond: Expr,
        body: Box<Stmt>,
    },
    Foreach {
        item: Ident,
        collection: Expr,
        body: Box<Stmt>,
    },
    If {
        cond: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    /// `new M(args);`
    New {
        machine: Ident,
        args: Vec<Expr>,
    },
    /// `f(args);`
    Call {
        fun: Ident,
        args: Vec<Expr>,
    },
    /// `raise e, args;`
    Raise {
        event: Expr,
        args: Vec<Expr>,
    },
    /// `send target, e, args;`
    Send {
        target: Expr,
        event: Expr,
        args: Vec<Expr>,
    },
    /// `announce e, args;`
    Announce {
        event: Expr,
        args: Vec<Expr>,
    },
    /// `goto S, args;`
    Goto {
        state: Ident,
        args: Vec<Expr>,
    },
    Receive(Vec<ReceiveCase>),
    /// `;`
    Empty,
    /// A verification-only statement (e.g. a loop `invariant`), kept for a
    /// clear "not supported" message.
    Verification(VerificationDecl),
}

/// `case e1, e2: (p: T) { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveCase {
    pub events: Vec<EventRef>,
    pub handler: AnonFun,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    Lt,
    Gt,
    Le,
    Ge,
    In,
    Eq,
    Ne,
    And,
    Or,
    /// `==>` (verification only)
    Implies,
    /// `<==>` (verification only)
    Iff,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastKind {
    /// `e as T`: checked at run time.
    As,
    /// `e to T`: conversion between enums, ints and floats.
    To,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A variable, enum element, event or other name.
    Name(Ident),
    Int(u64),
    /// `1.5` or `.5`; `text` is the literal as written.
    Float {
        value: f64,
        text: String,
    },
    /// `float(m, e)`
    FloatExp {
        mantissa: u64,
        exponent: u64,
    },
    Bool(bool),
    /// A string literal; `raw` is the text between the quotes, escapes
    /// undecoded.
    Str {
        raw: String,
    },
    /// `format("...", args)`; `raw` as for [`ExprKind::Str`].
    Format {
        raw: String,
        args: Vec<Expr>,
    },
    Null,
    /// `$`
    Nondet,
    /// `$$`
    FairNondet,
    /// `halt` used as a value
    Halt,
    This,
    /// `(a, b)` or the one-element `(a,)`
    Tuple(Vec<Expr>),
    /// `(x = a, y = b)` or `(x = a,)`
    NamedTuple(Vec<(Ident, Expr)>),
    /// `(e)`: kept so the printer and the spans follow the source.
    Paren(Box<Expr>),
    /// `e.name`
    Field(Box<Expr>, Ident),
    /// `e.0`
    TupleField(Box<Expr>, IntLit),
    /// `e[i]`
    Index(Box<Expr>, Box<Expr>),
    Keys(Box<Expr>),
    Values(Box<Expr>),
    Sizeof(Box<Expr>),
    Default(TypeExpr),
    /// `new M(args)`
    New {
        machine: Ident,
        args: Vec<Expr>,
    },
    /// `f(args)`
    Call {
        fun: Ident,
        args: Vec<Expr>,
    },
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Cast(Box<Expr>, CastKind, TypeExpr),
    /// `choose()` or `choose(e)`
    Choose(Option<Box<Expr>>),
    /// A verification-only expression (`forall`/`exists`, `e is T`,
    /// `flying(e)`, `sent(e)`, `targets(...)`, ...): its keyword and its
    /// source text, printed back verbatim.
    Verification {
        keyword: String,
        text: String,
    },
}

/// `module m = modExpr;`
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleDecl {
    pub name: Ident,
    pub expr: ModExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModExpr {
    pub kind: ModExprKind,
    pub span: Span,
}

/// One entry of `{ M, N -> I }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub machine: Ident,
    pub interface: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ModExprKind {
    /// `( m )`
    Paren(Box<ModExpr>),
    /// `{ M, N -> I }`
    Primitive(Vec<Binding>),
    Named(Ident),
    Compose(Vec<ModExpr>),
    Union(Vec<ModExpr>),
    HideEvents(Vec<EventRef>, Box<ModExpr>),
    HideInterfaces(Vec<Ident>, Box<ModExpr>),
    Assert(Vec<Ident>, Box<ModExpr>),
    Rename {
        from: Ident,
        to: Ident,
        module: Box<ModExpr>,
    },
    Main(Ident, Box<ModExpr>),
}

/// Parameters of a parametric test: `param (g in [1, 2], b in [true]) assume (e) (2 wise)`.
#[derive(Clone, Debug, PartialEq)]
pub struct TestParams {
    pub params: Vec<(Ident, Vec<Expr>)>,
    pub assume: Option<Expr>,
    /// `(k wise)` / `pairwise`
    pub wise: Option<u64>,
    pub span: Span,
}

/// `test t [main = M]: modExpr;` or `test t [main = M]: m1 refines m2;`
#[derive(Clone, Debug, PartialEq)]
pub struct TestDecl {
    pub name: Ident,
    pub main: Option<Ident>,
    pub module: ModExpr,
    pub refines: Option<ModExpr>,
    pub params: Option<TestParams>,
    pub span: Span,
}

/// `implementation i [main = M]: modExpr;`
#[derive(Clone, Debug, PartialEq)]
pub struct ImplementationDecl {
    pub name: Ident,
    pub main: Option<Ident>,
    pub module: ModExpr,
    pub span: Span,
}

/// `param g: int;`
#[derive(Clone, Debug, PartialEq)]
pub struct ParamDecl {
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub span: Span,
}

/// A construct of P's verifier (PVerifier) that this tool reads but does not
/// run. `keyword` is the introducing keyword (`pure`, `invariant`, `axiom`,
/// `lemma`, `theorem`, `proof`, `init`, ...); `name` is its name if it has
/// one; `text` is its whole source text, which the printer writes back
/// verbatim.
#[derive(Clone, Debug, PartialEq)]
pub struct VerificationDecl {
    pub keyword: String,
    pub name: Option<Ident>,
    pub text: String,
    pub span: Span,
}
