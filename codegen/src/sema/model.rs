//! The checked model: the resolved, typed program the code generator reads.
//!
//! Declarations live in vectors of [`Model`] addressed by typed ids
//! ([`EventId`], [`MachineId`], [`FunId`], ...); function bodies are trees of
//! [`Stmt`] and [`Expr`] (in `body`); types are interned in a [`TypeTable`].
//!
//! *Invariants* (established by the checker; the generator may rely on them
//! without checking again):
//!
//! - Every name is resolved: variables to a [`VarRef`] (a local of the
//!   enclosing function or a field of its machine), calls to a [`FunId`],
//!   `goto` targets to a [`StateId`] of the same machine, `new` to an
//!   [`InterfaceId`], event names to an [`EventId`].
//! - Every expression has its type; no type is [`TypeId::ERROR`].
//! - Where P converts a value to a supertype, the conversion is explicit:
//!   an [`ExprKind::Upcast`] node whose `ty` is the target type wraps the
//!   value (assignments, arguments, returns, payloads, collection elements
//!   and keys, the narrower operand of `==`/`!=`). A value's type therefore
//!   always equals the type of the place it flows into. A tuple or
//!   named-tuple literal is not wrapped: it is built at the target type,
//!   the conversion pushed into each field.
//! - No expression's type has `null` inside a tuple or named tuple (the
//!   type of a literal like `(1, null)` while it is checked): such a
//!   literal takes the type of the place it flows into, or, flowing into
//!   `any`/`data`, a format argument or `==` with another such literal,
//!   the type with each `null` read as `data`. The type table may still
//!   list those literal types; nothing refers to them.
//! - Several payload arguments of `send`, `raise`, `announce` and `new` are
//!   packed into one [`ExprKind::Tuple`] whose type is the payload type.
//! - Ids index their vectors: `FunId` into [`Model::functions`], `StateId`
//!   and `FieldId` into the owning [`Machine`]'s `states` and `fields`,
//!   `LocalId` into the owning [`Function`]'s `locals`.
//! - [`EventId::NULL`] and [`EventId::HALT`] are P's built-in `null` and
//!   `halt` events; user events follow in source order.
//! - Every implementation machine has exactly one start state and an
//!   interface of its own name ([`Machine::interface`]); every spec has a
//!   start state.
//! - Order is deterministic: vectors follow source order (files in the
//!   order given), sets are sorted; no hash-map order reaches the model.

mod body;
mod types;

pub use body::*;
pub use types::*;

use crate::source::{FileId, Span};
use std::path::PathBuf;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

ids! {
    /// Index into [`Model::enums`].
    EnumId;
    /// Index into [`Model::events`].
    EventId;
    /// Index into [`Model::event_sets`].
    EventSetId;
    /// Index into [`Model::interfaces`].
    InterfaceId;
    /// Index into [`Model::machines`] (implementation machines and specs).
    MachineId;
    /// Index into [`Model::functions`] (global, machine and anonymous).
    FunId;
    /// Index into [`Model::type_decls`].
    TypeDeclId;
    /// Index into a [`Machine`]'s `states`.
    StateId;
    /// Index into a [`Machine`]'s `fields`.
    FieldId;
    /// Index into a [`Function`]'s `locals`.
    LocalId;
    /// Index into [`Model::modules`].
    ModuleId;
    /// Index into [`Model::tests`].
    TestId;
    /// Index into [`Model::params`].
    ParamId;
}

impl EventId {
    pub const NULL: EventId = EventId(0);
    pub const HALT: EventId = EventId(1);
}

/// A position for messages: file, 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub file: FileId,
    pub line: u32,
    pub col: u32,
}

/// The whole checked program.
#[derive(Clone, Debug)]
pub struct Model {
    /// Display paths of the source files, indexed by [`FileId`].
    pub files: Vec<PathBuf>,
    pub types: TypeTable,
    pub type_decls: Vec<TypeDecl>,
    pub enums: Vec<EnumDecl>,
    pub events: Vec<EventDecl>,
    pub event_sets: Vec<EventSetDecl>,
    pub interfaces: Vec<InterfaceDecl>,
    pub machines: Vec<Machine>,
    pub functions: Vec<Function>,
    pub modules: Vec<ModuleDecl>,
    /// `param` globals, in declaration order.
    pub params: Vec<ParamDecl>,
    /// Test cases: parametric tests expanded, one per assignment.
    pub tests: Vec<Test>,
}

impl Model {
    pub fn event(&self, id: EventId) -> &EventDecl {
        &self.events[id.index()]
    }

    pub fn machine(&self, id: MachineId) -> &Machine {
        &self.machines[id.index()]
    }

    pub fn function(&self, id: FunId) -> &Function {
        &self.functions[id.index()]
    }

    pub fn interface(&self, id: InterfaceId) -> &InterfaceDecl {
        &self.interfaces[id.index()]
    }

    /// The path of a file as given to the checker.
    pub fn file_path(&self, file: FileId) -> &std::path::Path {
        &self.files[file.0 as usize]
    }

    pub fn machine_by_name(&self, name: &str) -> Option<MachineId> {
        self.machines
            .iter()
            .position(|m| m.name == name)
            .map(|i| MachineId(i as u32))
    }

    pub fn event_by_name(&self, name: &str) -> Option<EventId> {
        self.events
            .iter()
            .position(|e| e.name == name)
            .map(|i| EventId(i as u32))
    }

    pub fn function_by_name(&self, owner: Option<MachineId>, name: &str) -> Option<FunId> {
        self.functions
            .iter()
            .position(|f| f.owner == owner && f.name.as_deref() == Some(name))
            .map(|i| FunId(i as u32))
    }
}

/// `type T = ...;` (an alias, already expanded wherever it is used) or the
/// foreign `type T;`.
#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub name: String,
    /// The alias's expansion, or the [`TypeKind::Foreign`] type itself.
    pub ty: TypeId,
    pub foreign: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumDecl {
    pub name: String,
    pub ty: TypeId,
    pub elems: Vec<EnumElem>,
    pub span: Span,
}

impl EnumDecl {
    /// The element P uses as the default value: the one with the lowest value.
    pub fn default_elem(&self) -> usize {
        self.elems
            .iter()
            .enumerate()
            .min_by_key(|(_, e)| e.value)
            .map_or(0, |(i, _)| i)
    }
}

#[derive(Clone, Debug)]
pub struct EnumElem {
    pub name: String,
    /// The element's number: its position, or the value written `A = 5`.
    pub value: i64,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The built-in `null` event (only in `on null` handlers).
    Null,
    /// The built-in `halt` event.
    Halt,
    User,
}

#[derive(Clone, Debug)]
pub struct EventDecl {
    pub name: String,
    pub kind: EventKind,
    /// [`TypeId::NULL`] for an event without payload.
    pub payload: TypeId,
    /// Declaration span; empty for the built-in events.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EventSetDecl {
    pub name: String,
    pub events: Vec<EventId>,
    pub span: Span,
}

/// A set of events that may be "every event" (no `receives`/`sends` clause).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventSet {
    /// Every user event and `halt`.
    All,
    /// These events, sorted.
    Only(Vec<EventId>),
}

#[derive(Clone, Debug)]
pub struct InterfaceDecl {
    pub name: String,
    /// The constructor payload type (the start entry's parameter type for a
    /// machine's own interface).
    pub payload: TypeId,
    pub receives: EventSet,
    /// The machine that declared this interface implicitly, if any.
    pub machine: Option<MachineId>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MachineKind {
    Machine,
    Spec,
    /// A `scenario` coverage monitor: a spec attached to every test.
    Scenario,
}

#[derive(Clone, Debug)]
pub struct Machine {
    pub name: String,
    pub kind: MachineKind,
    /// The interface named after the machine (implementation machines only).
    pub interface: Option<InterfaceId>,
    /// The constructor payload type: the start entry's parameter type, or
    /// [`TypeId::NULL`].
    pub payload: TypeId,
    /// Declared `receives` (all events if absent); empty for specs.
    pub receives: EventSet,
    /// Declared `sends` (all events if absent); empty for specs.
    pub sends: EventSet,
    /// Events a spec observes, in declaration order.
    pub observes: Vec<EventId>,
    /// Interfaces this machine may create (`new`, transitively through calls
    /// and foreign `creates` clauses), sorted.
    pub creates: Vec<InterfaceId>,
    pub fields: Vec<Field>,
    /// The machine's named functions, in declaration order (anonymous
    /// handlers are listed in their states).
    pub methods: Vec<FunId>,
    pub states: Vec<State>,
    pub start: StateId,
    pub span: Span,
}

impl Machine {
    pub fn is_spec(&self) -> bool {
        self.kind != MachineKind::Machine
    }

    pub fn state(&self, id: StateId) -> &State {
        &self.states[id.index()]
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Temperature {
    Hot,
    Cold,
    /// Neither hot nor cold.
    Warm,
}

#[derive(Clone, Debug)]
pub struct State {
    pub name: String,
    pub is_start: bool,
    pub temperature: Temperature,
    pub entry: Option<FunId>,
    pub exit: Option<FunId>,
    /// What the state does with each event, in declaration order; at most
    /// one entry per event.
    pub handlers: Vec<EventHandler>,
    pub span: Span,
}

impl State {
    pub fn handler(&self, event: EventId) -> Option<&EventHandler> {
        self.handlers.iter().find(|h| h.event == event)
    }
}

#[derive(Clone, Debug)]
pub struct EventHandler {
    pub event: EventId,
    pub action: Action,
    pub span: Span,
}

/// A function run on a payload, and how the payload reaches its parameter.
#[derive(Clone, Debug)]
pub struct Bound {
    pub fun: FunId,
    pub param: ParamBinding,
}

/// How an event payload of type `from` becomes a handler's parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamBinding {
    /// The function takes no parameter: the payload is dropped.
    None,
    /// The payload is passed as is (same type).
    Direct,
    /// The payload is converted to the parameter's type `to`, a supertype.
    Upcast { to: TypeId },
    /// The payload is a one-element tuple whose element the parameter takes
    /// (P's `MachineChecker` accepts this); `to` is the parameter type.
    TupleElement { to: TypeId },
}

#[derive(Clone, Debug)]
pub enum Action {
    /// `on e do F`
    Do(Bound),
    /// `on e goto S [with F]`: `with` runs between the exit and the target's
    /// entry, and `entry` says how the payload reaches the target's entry.
    Goto {
        target: StateId,
        with: Option<Bound>,
        entry: ParamBinding,
    },
    Defer,
    Ignore,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunKind {
    /// A named function at top level.
    Global,
    /// A named function of a machine.
    Method,
    /// An anonymous `entry`, `exit`, `do` or `with` block of a state.
    Anonymous,
}

/// The ways a function is used by states (a named function may have several).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    pub entry: bool,
    pub exit: bool,
    pub handler: bool,
    pub transition: bool,
}

/// What a function may do, including through the functions it calls.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    pub sends: bool,
    pub announces: bool,
    pub creates: bool,
    pub receives: bool,
    pub raises: bool,
    /// `goto` statements.
    pub changes_state: bool,
    /// `$`, `$$` or `choose`.
    pub nondeterministic: bool,
    /// Functions called directly, sorted, each once.
    pub callees: Vec<FunId>,
}

impl Effects {
    /// The function may reach a scheduling point (send, new or receive), so
    /// a handler calling it is not atomic.
    pub fn can_suspend(&self) -> bool {
        self.sends || self.creates || self.receives
    }
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub is_param: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Function {
    /// `None` for anonymous handlers.
    pub name: Option<String>,
    pub kind: FunKind,
    pub owner: Option<MachineId>,
    /// The first `params` entries of `locals` are the parameters.
    pub params: usize,
    /// Parameters, then locals (including those of `receive` cases).
    pub locals: Vec<Local>,
    /// [`TypeId::NULL`] when the function returns nothing.
    pub ret: TypeId,
    /// `None` only while checking: the checker rejects foreign functions
    /// (declared without a body), so every function of a returned model
    /// has its body.
    pub body: Option<Block>,
    /// Interfaces named in a foreign function's `creates` clause.
    pub foreign_creates: Vec<InterfaceId>,
    pub roles: Roles,
    pub effects: Effects,
    pub span: Span,
}

impl Function {
    pub fn param_types(&self) -> impl Iterator<Item = TypeId> + '_ {
        self.locals[..self.params].iter().map(|l| l.ty)
    }

    pub fn is_foreign(&self) -> bool {
        self.body.is_none()
    }
}

/// A named `module m = ...;` with what the module system computed for it.
#[derive(Clone, Debug)]
pub struct ModuleDecl {
    pub name: String,
    pub info: ModuleInfo,
    pub span: Span,
}

/// What a module expression denotes (P's `ModuleInfo`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleInfo {
    /// Interface -> machine bindings, sorted by interface.
    pub bindings: Vec<(InterfaceId, MachineId)>,
    /// For each bound interface, how the interfaces its machine creates are
    /// renamed: `(bound, created, renamed_to)`, sorted.
    pub links: Vec<(InterfaceId, InterfaceId, InterfaceId)>,
    /// Attached specs and the interfaces whose events they observe.
    pub monitors: Vec<(MachineId, Vec<InterfaceId>)>,
    pub sends: Vec<EventId>,
    pub receives: Vec<EventId>,
    pub creates: Vec<InterfaceId>,
    pub private_events: Vec<EventId>,
    pub private_interfaces: Vec<InterfaceId>,
}

/// `param g: int;`: a global that P code reads and each test case binds.
#[derive(Clone, Debug)]
pub struct ParamDecl {
    pub name: String,
    /// `int` or `bool` (the only types P binds values of).
    pub ty: TypeId,
    pub span: Span,
}

/// A value bound to a `param` by a test case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    Int(i64),
    Bool(bool),
}

impl ParamValue {
    /// The value's text in an expanded test case's name, as P writes it:
    /// `3`, `neg3`, `true`.
    pub fn name_text(self) -> String {
        match self {
            ParamValue::Int(n) if n < 0 => format!("neg{}", n.unsigned_abs()),
            ParamValue::Int(n) => n.to_string(),
            ParamValue::Bool(b) => b.to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestKind {
    /// `test t [main = M]: ...;`
    Test,
    /// `implementation i [main = M]: ...;`
    Implementation,
    /// The implicit test of a program without tests: `Main` with every
    /// machine bound to its own interface and no spec attached.
    Default,
}

#[derive(Clone, Debug)]
pub struct Test {
    pub name: String,
    pub kind: TestKind,
    /// The machine the test starts (always set for `test` and the default).
    pub main: Option<MachineId>,
    pub module: ModuleInfo,
    /// `scenario` monitors, attached to every test.
    pub scenarios: Vec<MachineId>,
    /// The params this case binds, in the order the test lists them (the
    /// order of its name); every other param reads its type's default.
    pub params: Vec<(ParamId, ParamValue)>,
    pub span: Span,
}
