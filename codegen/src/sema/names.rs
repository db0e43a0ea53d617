//! Global names: every top-level declaration is registered in P's
//! namespaces, and clashes are reported on the later declaration with the
//! earlier one labelled.
//!
//! P's namespaces and which of them clash (`Scope.Put` in p-org/P):
//! types (aliases, foreign types), enums, interfaces and machines clash with
//! each other, and every implementation machine also declares an interface
//! of its own name; events clash with enum elements; event sets clash with
//! interfaces; functions, modules, tests (with implementations) and `param`
//! globals each have their own namespace.

use super::model::*;
use super::{Checker, FunSource, Resolving, TestAst};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ns {
    Type,
    Enum,
    Interface,
    Machine,
    EventSet,
    Event,
    EnumElem,
    Function,
    Module,
    Test,
    Param,
}

const NS_COUNT: usize = 11;

/// The global tables: name -> (index in the model's vector, declaration span).
#[derive(Default)]
pub(super) struct Names {
    tables: [HashMap<String, (u32, Span)>; NS_COUNT],
    /// Enum elements by their global index.
    pub(super) enum_elems: Vec<(EnumId, usize)>,
}

impl Names {
    pub(super) fn get(&self, ns: Ns, name: &str) -> Option<(u32, Span)> {
        self.tables[ns as usize].get(name).copied()
    }

    /// Registers a name unless the namespace already has it: a clashing
    /// declaration is still checked, but the first one keeps the name.
    fn put(&mut self, ns: Ns, name: &str, index: u32, span: Span) {
        self.tables[ns as usize]
            .entry(name.to_owned())
            .or_insert((index, span));
    }

    pub(super) fn event(&self, name: &str) -> Option<EventId> {
        self.get(Ns::Event, name).map(|(i, _)| EventId(i))
    }

    pub(super) fn interface(&self, name: &str) -> Option<InterfaceId> {
        self.get(Ns::Interface, name).map(|(i, _)| InterfaceId(i))
    }

    pub(super) fn machine(&self, name: &str) -> Option<MachineId> {
        self.get(Ns::Machine, name).map(|(i, _)| MachineId(i))
    }

    pub(super) fn function(&self, name: &str) -> Option<FunId> {
        self.get(Ns::Function, name).map(|(i, _)| FunId(i))
    }

    pub(super) fn param(&self, name: &str) -> Option<ParamId> {
        self.get(Ns::Param, name).map(|(i, _)| ParamId(i))
    }

    pub(super) fn enum_elem(&self, name: &str) -> Option<(EnumId, usize)> {
        self.get(Ns::EnumElem, name)
            .and_then(|(i, _)| self.enum_elems.get(i as usize).copied())
    }
}

impl<'a> Checker<'a> {
    /// What a name in `ns` is, for messages ("event", "machine", ...).
    fn describe(&self, ns: Ns, index: u32) -> &'static str {
        match ns {
            Ns::Type => match self.m.type_decls.get(index as usize) {
                Some(t) if t.foreign => "foreign type",
                _ => "type",
            },
            Ns::Enum => "enum",
            Ns::Interface => match self.m.interfaces.get(index as usize) {
                Some(i) if i.machine.is_some() => "machine",
                _ => "interface",
            },
            Ns::Machine => match self.m.machines.get(index as usize) {
                Some(m) if m.is_spec() => "spec machine",
                _ => "machine",
            },
            Ns::EventSet => "event set",
            Ns::Event => "event",
            Ns::EnumElem => "enum element",
            Ns::Function => "function",
            Ns::Module => "module",
            Ns::Test => "test",
            Ns::Param => "param",
        }
    }

    /// Reports a clash of `name` with an earlier declaration in any
    /// namespace of `clashes`; true if there was one. The declaration is
    /// kept either way, so its body is still checked and its uses do not
    /// cascade into more errors.
    fn report_clash(&mut self, name: &ast::Ident, what: &str, clashes: &[Ns]) -> bool {
        for &ns in clashes {
            if let Some((index, first)) = self.names.get(ns, &name.name) {
                let other = self.describe(ns, index);
                let d = if other == what {
                    Diagnostic::error(
                        name.span,
                        format!("{what} `{}` is declared twice", name.name),
                    )
                    .with_label(first, "first declared here")
                } else {
                    Diagnostic::error(
                        name.span,
                        format!(
                            "{what} `{}` has the same name as {other} `{}`",
                            name.name, name.name
                        ),
                    )
                    .with_label(first, format!("{other} `{}` declared here", name.name))
                };
                self.error(d);
                return true;
            }
        }
        false
    }

    /// Registers every top-level name, in source order.
    pub(super) fn collect(&mut self) {
        let units = self.units;
        for unit in units {
            for decl in &unit.decls {
                self.collect_decl(decl);
            }
        }
    }

    fn collect_decl(&mut self, decl: &'a ast::TopDecl) {
        use ast::TopDecl as D;
        match decl {
            D::TypeDef(t) => self.collect_typedef(t),
            D::Enum(e) => self.collect_enum(e),
            D::Event(e) => {
                // Events and enum elements share expression lookup: a clashing
                // event keeps the name unregistered so the first meaning stays.
                let id = self.m.events.len() as u32;
                if !self.report_clash(&e.name, "event", &[Ns::Event, Ns::EnumElem]) {
                    self.names.put(Ns::Event, &e.name.name, id, e.name.span);
                }
                self.m.events.push(EventDecl {
                    name: e.name.name.clone(),
                    kind: EventKind::User,
                    payload: TypeId::NULL,
                    span: e.name.span,
                });
                self.event_ast.push(Some(e));
            }
            D::EventSet(s) => {
                self.report_clash(&s.name, "event set", &[Ns::EventSet, Ns::Interface]);
                let id = self.m.event_sets.len() as u32;
                self.names.put(Ns::EventSet, &s.name.name, id, s.name.span);
                self.m.types.names.event_sets.push(s.name.name.clone());
                self.m.event_sets.push(EventSetDecl {
                    name: s.name.name.clone(),
                    events: Vec::new(),
                    span: s.name.span,
                });
                self.event_set_ast.push(s);
            }
            D::Interface(i) => {
                let clashes = [Ns::Interface, Ns::Enum, Ns::Type, Ns::Machine];
                self.report_clash(&i.name, "interface", &clashes);
                self.push_interface(&i.name, None, Some(i));
            }
            D::Machine(m) => self.collect_machine(m),
            D::Fun(f) => {
                self.report_clash(&f.name, "function", &[Ns::Function]);
                let id = self.push_function(f, None, FunKind::Global);
                self.names
                    .put(Ns::Function, &f.name.name, id.0, f.name.span);
            }
            D::Module(md) => {
                self.report_clash(&md.name, "module", &[Ns::Module]);
                let id = self.m.modules.len() as u32;
                self.names.put(Ns::Module, &md.name.name, id, md.name.span);
                self.m.modules.push(ModuleDecl {
                    name: md.name.name.clone(),
                    info: ModuleInfo::default(),
                    span: md.name.span,
                });
                self.module_ast.push(md);
            }
            D::Test(t) => {
                if t.refines.is_some() {
                    self.unsupported(t.span, "a refinement test (`refines`)");
                } else {
                    self.report_clash(&t.name, "test", &[Ns::Test]);
                    let id = self.test_ast.len() as u32;
                    self.names.put(Ns::Test, &t.name.name, id, t.name.span);
                    self.test_ast.push(TestAst::Test(t));
                }
            }
            D::Implementation(t) => {
                self.report_clash(&t.name, "test", &[Ns::Test]);
                let id = self.test_ast.len() as u32;
                self.names.put(Ns::Test, &t.name.name, id, t.name.span);
                self.test_ast.push(TestAst::Implementation(t));
            }
            D::Param(p) => {
                for name in &p.names {
                    self.report_clash(name, "param", &[Ns::Param]);
                    let id = self.m.params.len() as u32;
                    self.names.put(Ns::Param, &name.name, id, name.span);
                    self.m.params.push(ParamDecl {
                        name: name.name.clone(),
                        ty: TypeId::ERROR,
                        span: name.span,
                    });
                    self.param_ast.push(&p.ty);
                }
            }
            D::Verification(v) => {
                self.unsupported(
                    v.span,
                    &format!("the verification-only declaration `{}`", v.keyword),
                );
                // Uses of its name (a `pure` function, say) are not reported again.
                if let Some(name) = &v.name {
                    self.unsupported_names.insert(name.name.clone());
                }
            }
        }
    }

    fn collect_typedef(&mut self, t: &'a ast::TypeDef) {
        let clashes = [Ns::Type, Ns::Enum, Ns::Interface, Ns::Machine];
        let what = if t.ty.is_none() {
            "foreign type"
        } else {
            "type"
        };
        self.report_clash(&t.name, what, &clashes);
        let id = TypeDeclId(self.m.type_decls.len() as u32);
        self.names.put(Ns::Type, &t.name.name, id.0, t.name.span);
        let (ty, state) = if t.ty.is_none() {
            self.m.types.names.foreign.insert(id, t.name.name.clone());
            (self.m.types.intern(TypeKind::Foreign(id)), Resolving::Done)
        } else {
            (TypeId::ERROR, Resolving::NotYet)
        };
        self.m.type_decls.push(TypeDecl {
            name: t.name.name.clone(),
            ty,
            foreign: t.ty.is_none(),
            span: t.name.span,
        });
        self.typedef_ast.push(t);
        self.typedef_state.push(state);
    }

    fn collect_enum(&mut self, e: &'a ast::EnumDecl) {
        let clashes = [Ns::Enum, Ns::Interface, Ns::Type, Ns::Machine];
        self.report_clash(&e.name, "enum", &clashes);
        let id = EnumId(self.m.enums.len() as u32);
        self.names.put(Ns::Enum, &e.name.name, id.0, e.name.span);
        self.m.types.names.enums.push(e.name.name.clone());
        let ty = self.m.types.intern(TypeKind::Enum(id));
        let mut elems = Vec::new();
        for (i, el) in e.elems.iter().enumerate() {
            let value = match &el.value {
                None => i as i64,
                Some(lit) if lit.value > i32::MAX as u64 => {
                    self.error(Diagnostic::error(
                        lit.span,
                        format!("enum value {} does not fit in 32 bits", lit.value),
                    ));
                    0
                }
                Some(lit) => lit.value as i64,
            };
            if !self.report_clash(&el.name, "enum element", &[Ns::EnumElem, Ns::Event]) {
                let global = self.names.enum_elems.len() as u32;
                self.names
                    .put(Ns::EnumElem, &el.name.name, global, el.name.span);
                self.names.enum_elems.push((id, elems.len()));
            }
            elems.push(EnumElem {
                name: el.name.name.clone(),
                value,
                span: el.name.span,
            });
        }
        self.m.enums.push(EnumDecl {
            name: e.name.name.clone(),
            ty,
            elems,
            span: e.name.span,
        });
    }

    fn collect_machine(&mut self, m: &'a ast::MachineDecl) {
        let (kind, what) = match m.kind {
            ast::MachineKind::Machine => (MachineKind::Machine, "machine"),
            ast::MachineKind::Spec { .. } => (MachineKind::Spec, "spec machine"),
            ast::MachineKind::Scenario { .. } => (MachineKind::Scenario, "spec machine"),
        };
        let clashes = [Ns::Machine, Ns::Interface, Ns::Enum, Ns::Type];
        self.report_clash(&m.name, what, &clashes);
        let id = MachineId(self.m.machines.len() as u32);
        self.names.put(Ns::Machine, &m.name.name, id.0, m.name.span);
        self.m.types.names.machines.push(m.name.name.clone());
        let interface =
            (kind == MachineKind::Machine).then(|| self.push_interface(&m.name, Some(id), None));
        self.m.machines.push(Machine {
            name: m.name.name.clone(),
            kind,
            interface,
            payload: TypeId::NULL,
            receives: EventSet::All,
            sends: EventSet::All,
            observes: Vec::new(),
            creates: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            states: Vec::new(),
            start: StateId(0),
            span: m.name.span,
        });
        self.machine_ast.push(m);
        self.machine_scopes.push(Default::default());
        self.state_spans.push(Vec::new());
    }

    fn push_interface(
        &mut self,
        name: &ast::Ident,
        machine: Option<MachineId>,
        decl: Option<&'a ast::InterfaceDecl>,
    ) -> InterfaceId {
        let id = InterfaceId(self.m.interfaces.len() as u32);
        self.names.put(Ns::Interface, &name.name, id.0, name.span);
        self.m.types.names.interfaces.push(name.name.clone());
        self.m.interfaces.push(InterfaceDecl {
            name: name.name.clone(),
            payload: TypeId::NULL,
            receives: EventSet::All,
            machine,
            span: name.span,
        });
        self.interface_ast.push(decl);
        id
    }

    /// Adds a named function with an unresolved signature.
    pub(super) fn push_function(
        &mut self,
        f: &'a ast::FunDecl,
        owner: Option<MachineId>,
        kind: FunKind,
    ) -> FunId {
        let id = FunId(self.m.functions.len() as u32);
        self.m.functions.push(Function {
            name: Some(f.name.name.clone()),
            kind,
            owner,
            params: 0,
            locals: Vec::new(),
            ret: TypeId::NULL,
            body: None,
            foreign_creates: Vec::new(),
            roles: Roles::default(),
            effects: Effects::default(),
            span: f.name.span,
        });
        self.fun_src.push(FunSource::Named(f));
        self.facts.push(Default::default());
        id
    }
}
