//! Semantic analysis: syntax trees in, checked [`Model`] (or every error) out.
//!
//! The rules are P's (p-org/P `Src/PCompiler/CompilerCore/TypeChecker/`);
//! the messages are ours. Three stages, each collecting all the errors it
//! finds before the next one starts:
//!
//! 1. declarations and bodies: names (`names`), types (`typeexpr`),
//!    declarations (`declare`, `states`), function bodies (`body`, `expr`,
//!    `ops`, `calls`, `lvalue`, `stmt`, `events`);
//! 2. whole-program rules: handler signatures and payloads (`handlers`),
//!    effects propagated through calls and the restrictions on specs, exit
//!    and transition functions (`effects`);
//! 3. modules and tests (`modules`, `tests`; `params` checks a parametric
//!    test's bindings and expands it into its test cases).
//!
//! [`dump`] prints a model as text, for snapshots and debugging.
//!
//! *Invariant*: analysis never panics and its recursion is bounded by the
//! syntax tree's depth, which the parser limits.

mod body;
mod calls;
mod declare;
pub mod dump;
mod effects;
mod events;
mod expr;
pub mod format;
mod handlers;
mod lvalue;
pub mod model;
mod modules;
mod names;
mod ops;
mod params;
mod states;
mod stmt;
mod tests;
mod typeexpr;

pub use dump::dump;
pub use model::Model;

use crate::diag::{self, Diagnostic};
use crate::source::{SourceMap, Span};
use crate::syntax::ast;
use model::*;
use names::Names;
use std::collections::{HashMap, HashSet};

/// Checks the parsed files of `sources` (in the order of `units`) and
/// returns the checked model, or every error found by the first stage that
/// found any, sorted by position.
pub fn analyze(sources: &SourceMap, units: &[ast::SourceUnit]) -> Result<Model, Vec<Diagnostic>> {
    crate::syntax::with_stack(|| {
        let mut ck = Checker::new(sources, units);
        ck.run();
        let mut errors: Vec<Diagnostic> = ck.diags.into_iter().filter(|d| d.is_error()).collect();
        if errors.is_empty() {
            Ok(ck.m)
        } else {
            diag::sort(&mut errors);
            Err(errors)
        }
    })
}

/// Where a function's parameters and body come from.
#[derive(Clone, Copy)]
enum FunSource<'a> {
    Named(&'a ast::FunDecl),
    Anon(&'a ast::AnonFun),
}

/// A `test` or `implementation` declaration.
#[derive(Clone, Copy)]
enum TestAst<'a> {
    Test(&'a ast::TestDecl),
    Implementation(&'a ast::ImplementationDecl),
}

/// Where each of a function's effects happens, for messages that point at
/// the statement responsible.
#[derive(Clone, Debug, Default)]
struct Facts {
    sends: Vec<Span>,
    announces: Vec<Span>,
    creates: Vec<(InterfaceId, Span)>,
    receives: Vec<Span>,
    raises: Vec<Span>,
    gotos: Vec<Span>,
    nondet: Vec<Span>,
    calls: Vec<(FunId, Span)>,
}

/// The names declared inside one machine.
#[derive(Default)]
struct MachineScope {
    fields: HashMap<String, FieldId>,
    methods: HashMap<String, FunId>,
    states: HashMap<String, StateId>,
}

/// Progress of resolving a type alias, to catch aliases that refer to
/// themselves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Resolving {
    NotYet,
    InProgress,
    Done,
}

struct Checker<'a> {
    sources: &'a SourceMap,
    units: &'a [ast::SourceUnit],
    diags: Vec<Diagnostic>,
    m: Model,
    names: Names,
    typedef_ast: Vec<&'a ast::TypeDef>,
    typedef_state: Vec<Resolving>,
    machine_ast: Vec<&'a ast::MachineDecl>,
    machine_scopes: Vec<MachineScope>,
    state_spans: Vec<Vec<states::StateSpans>>,
    event_ast: Vec<Option<&'a ast::EventDecl>>,
    event_set_ast: Vec<&'a ast::EventSetDecl>,
    interface_ast: Vec<Option<&'a ast::InterfaceDecl>>,
    module_ast: Vec<&'a ast::ModuleDecl>,
    test_ast: Vec<TestAst<'a>>,
    /// The declared type of each `param`, by [`ParamId`].
    param_ast: Vec<&'a ast::TypeExpr>,
    /// Names declared by unsupported constructs (`pure`, `invariant`, ...):
    /// their uses are not reported again.
    unsupported_names: HashSet<String>,
    fun_src: Vec<FunSource<'a>>,
    facts: Vec<Facts>,
}

impl<'a> Checker<'a> {
    fn new(sources: &'a SourceMap, units: &'a [ast::SourceUnit]) -> Checker<'a> {
        let files = sources.files().map(|(_, f)| f.path.clone()).collect();
        let builtin = |name: &str, kind| EventDecl {
            name: name.into(),
            kind,
            payload: TypeId::NULL,
            span: Span::default(),
        };
        Checker {
            sources,
            units,
            diags: Vec::new(),
            m: Model {
                files,
                types: TypeTable::new(),
                type_decls: Vec::new(),
                enums: Vec::new(),
                events: vec![
                    builtin("null", EventKind::Null),
                    builtin("halt", EventKind::Halt),
                ],
                event_sets: Vec::new(),
                interfaces: Vec::new(),
                machines: Vec::new(),
                functions: Vec::new(),
                modules: Vec::new(),
                params: Vec::new(),
                tests: Vec::new(),
            },
            names: Names::default(),
            typedef_ast: Vec::new(),
            typedef_state: Vec::new(),
            machine_ast: Vec::new(),
            machine_scopes: Vec::new(),
            state_spans: Vec::new(),
            event_ast: vec![None, None],
            event_set_ast: Vec::new(),
            interface_ast: Vec::new(),
            module_ast: Vec::new(),
            test_ast: Vec::new(),
            param_ast: Vec::new(),
            unsupported_names: HashSet::new(),
            fun_src: Vec::new(),
            facts: Vec::new(),
        }
    }

    fn run(&mut self) {
        self.collect();
        self.declare();
        self.check_bodies();
        if self.has_errors() {
            return;
        }
        self.check_handlers();
        self.check_effects();
        if self.has_errors() {
            return;
        }
        self.check_modules();
    }

    fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn loc(&self, span: Span) -> Loc {
        let lc = self.sources.file(span.file).line_col(span.start as usize);
        Loc {
            file: span.file,
            line: lc.line as u32,
            col: lc.col as u32,
        }
    }

    fn ty(&self, id: TypeId) -> String {
        self.m.types.display(id)
    }

    fn event_name(&self, id: EventId) -> &str {
        &self.m.events[id.index()].name
    }

    fn machine_name(&self, id: MachineId) -> &str {
        &self.m.machines[id.index()].name
    }

    fn fun_name(&self, id: FunId) -> String {
        let f = &self.m.functions[id.index()];
        match &f.name {
            Some(n) => format!("`{n}`"),
            None => "an anonymous handler".into(),
        }
    }

    /// Reports a construct this tool reads but cannot run.
    fn unsupported(&mut self, span: Span, what: &str) {
        self.error(Diagnostic::error(
            span,
            format!("{what} is not supported by this tool"),
        ));
    }
}
