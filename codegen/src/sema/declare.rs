//! Declarations: the types of aliases, event payloads, event sets,
//! interfaces, function signatures and machines (fields, methods, event
//! lists; states are in `states`).

use super::model::*;
use super::{Checker, FunSource, Resolving};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::{BTreeSet, HashMap};

impl<'a> Checker<'a> {
    pub(super) fn declare(&mut self) {
        for i in 0..self.typedef_ast.len() {
            if self.typedef_state[i] == Resolving::NotYet {
                let name = self.typedef_ast[i].name.clone();
                let id = TypeDeclId(i as u32);
                self.resolve_typedef(id, &name);
            }
        }
        for i in 0..self.event_ast.len() {
            if let Some(e) = self.event_ast[i] {
                if let Some(p) = &e.payload {
                    self.m.events[i].payload = self.resolve_type(p);
                }
            }
        }
        for i in 0..self.event_set_ast.len() {
            let s = self.event_set_ast[i];
            let events = self.resolve_event_list(&s.events, false);
            self.m.event_sets[i].events = events;
        }
        for i in 0..self.interface_ast.len() {
            if let Some(d) = self.interface_ast[i] {
                if let Some(p) = &d.payload {
                    self.m.interfaces[i].payload = self.resolve_type(p);
                }
                self.m.interfaces[i].receives = match &d.receives {
                    None => EventSet::All,
                    Some(list) => EventSet::Only(self.resolve_event_list(list, false)),
                };
            }
        }
        for i in 0..self.param_ast.len() {
            self.declare_param(ParamId(i as u32));
        }
        // Global functions first: machines' handlers may name them.
        for i in 0..self.m.functions.len() {
            if let FunSource::Named(f) = self.fun_src[i] {
                self.declare_signature(FunId(i as u32), f);
            }
        }
        for i in 0..self.machine_ast.len() {
            self.declare_machine(MachineId(i as u32));
        }
        self.record_permissions();
    }

    /// A `param`'s type: `int` or `bool`, the only values a parametric test
    /// binds (P's grammar has int and bool literals in its value lists).
    fn declare_param(&mut self, id: ParamId) {
        let te = self.param_ast[id.index()];
        let ty = self.resolve_type(te);
        if ty == TypeId::INT || ty == TypeId::BOOL || ty == TypeId::ERROR {
            self.m.params[id.index()].ty = ty;
            return;
        }
        let name = self.m.params[id.index()].name.clone();
        self.error(
            Diagnostic::error(
                te.span,
                format!(
                    "param `{name}` has type `{}`, but a param must be an `int` or a `bool`",
                    self.ty(ty)
                ),
            )
            .with_note("parametric tests bind params to int and bool literals only"),
        );
    }

    /// The events of a list, sorted and without repeats; unknown names are
    /// reported.
    pub(super) fn resolve_event_list(
        &mut self,
        refs: &[ast::EventRef],
        allow_null: bool,
    ) -> Vec<EventId> {
        let set: BTreeSet<EventId> = refs
            .iter()
            .filter_map(|r| self.resolve_event_ref(r, allow_null))
            .collect();
        set.into_iter().collect()
    }

    pub(super) fn resolve_event_ref(
        &mut self,
        r: &ast::EventRef,
        allow_null: bool,
    ) -> Option<EventId> {
        match r {
            ast::EventRef::Named(name) => match self.names.event(&name.name) {
                Some(e) => Some(e),
                None => {
                    self.error(Diagnostic::error(
                        name.span,
                        format!("unknown event `{}`", name.name),
                    ));
                    None
                }
            },
            ast::EventRef::Halt(_) => Some(EventId::HALT),
            ast::EventRef::Null(span) if allow_null => {
                let _ = span;
                Some(EventId::NULL)
            }
            ast::EventRef::Null(span) => {
                self.error(Diagnostic::error(
                    *span,
                    "the `null` event cannot be listed here",
                ));
                None
            }
        }
    }

    /// Parameters and return type of a named function.
    fn declare_signature(&mut self, id: FunId, f: &'a ast::FunDecl) {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        let mut locals = Vec::new();
        for p in &f.params {
            if let Some(first) = seen.get(p.name.name.as_str()) {
                self.error(
                    Diagnostic::error(
                        p.name.span,
                        format!("parameter `{}` is declared twice", p.name.name),
                    )
                    .with_label(*first, "first declared here"),
                );
            }
            seen.insert(&p.name.name, p.name.span);
            let ty = self.resolve_type(&p.ty);
            locals.push(Local {
                name: p.name.name.clone(),
                ty,
                is_param: true,
                span: p.name.span,
            });
        }
        let ret = match &f.ret {
            Some(t) => self.resolve_type(t),
            None => TypeId::NULL,
        };
        let mut creates = Vec::new();
        for c in &f.creates {
            match self.names.interface(&c.name) {
                Some(i) => creates.push(i),
                None => self.error(Diagnostic::error(
                    c.span,
                    format!("unknown interface `{}` in the `creates` list", c.name),
                )),
            }
        }
        let fun = &mut self.m.functions[id.index()];
        fun.params = locals.len();
        fun.locals = locals;
        fun.ret = ret;
        fun.foreign_creates = creates;
    }

    /// Adds an anonymous handler of `owner` with its parameter.
    pub(super) fn push_anon(&mut self, owner: MachineId, a: &'a ast::AnonFun) -> FunId {
        let id = FunId(self.m.functions.len() as u32);
        let mut locals = Vec::new();
        if let Some(p) = &a.param {
            let ty = self.resolve_type(&p.ty);
            locals.push(Local {
                name: p.name.name.clone(),
                ty,
                is_param: true,
                span: p.name.span,
            });
        }
        self.m.functions.push(Function {
            name: None,
            kind: FunKind::Anonymous,
            owner: Some(owner),
            params: locals.len(),
            locals,
            ret: TypeId::NULL,
            body: None,
            foreign_creates: Vec::new(),
            roles: Roles::default(),
            effects: Effects::default(),
            span: a.span,
        });
        self.fun_src.push(FunSource::Anon(a));
        self.facts.push(Default::default());
        id
    }

    fn declare_machine(&mut self, mid: MachineId) {
        let ast = self.machine_ast[mid.index()];
        match &ast.kind {
            ast::MachineKind::Machine => {
                let receives = self.event_clauses(&ast.receives);
                let sends = self.event_clauses(&ast.sends);
                let m = &mut self.m.machines[mid.index()];
                m.receives = receives;
                m.sends = sends;
            }
            ast::MachineKind::Spec { observes } | ast::MachineKind::Scenario { observes } => {
                // Specs neither send nor receive; they observe.
                let mut list = Vec::new();
                for r in observes {
                    if let Some(e) = self.resolve_event_ref(r, false) {
                        if !list.contains(&e) {
                            list.push(e);
                        }
                    }
                }
                let m = &mut self.m.machines[mid.index()];
                m.receives = EventSet::Only(Vec::new());
                m.sends = EventSet::Only(Vec::new());
                m.observes = list;
            }
        }
        for item in &ast.items {
            match item {
                ast::MachineItem::Var(v) => self.declare_fields(mid, v),
                ast::MachineItem::Fun(f) => self.declare_method(mid, f),
                ast::MachineItem::State(_) => {}
                ast::MachineItem::Verification(v) => self.unsupported(
                    v.span,
                    &format!("the verification-only declaration `{}`", v.keyword),
                ),
            }
        }
        self.declare_states(mid);
        let machine = &self.m.machines[mid.index()];
        let payload = machine
            .states
            .get(machine.start.index())
            .and_then(|s| s.entry)
            .and_then(|f| self.m.functions[f.index()].param_types().next())
            .unwrap_or(TypeId::NULL);
        self.m.machines[mid.index()].payload = payload;
        if let Some(i) = self.m.machines[mid.index()].interface {
            let receives = self.m.machines[mid.index()].receives.clone();
            let iface = &mut self.m.interfaces[i.index()];
            iface.payload = payload;
            iface.receives = receives;
        }
    }

    /// The union of every `receives`/`sends` clause, or all events without one.
    fn event_clauses(&mut self, clauses: &[Vec<ast::EventRef>]) -> EventSet {
        if clauses.is_empty() {
            return EventSet::All;
        }
        let mut set = BTreeSet::new();
        for c in clauses {
            set.extend(self.resolve_event_list(c, false));
        }
        EventSet::Only(set.into_iter().collect())
    }

    fn declare_fields(&mut self, mid: MachineId, v: &ast::VarDecl) {
        let ty = self.resolve_type(&v.ty);
        for name in &v.names {
            let scope = &self.machine_scopes[mid.index()];
            if let Some(&first) = scope.fields.get(&name.name) {
                let first = self.m.machines[mid.index()].fields[first.index()].span;
                self.error(
                    Diagnostic::error(
                        name.span,
                        format!("variable `{}` is declared twice in this machine", name.name),
                    )
                    .with_label(first, "first declared here"),
                );
                continue;
            }
            let fields = &mut self.m.machines[mid.index()].fields;
            let id = FieldId(fields.len() as u32);
            fields.push(Field {
                name: name.name.clone(),
                ty,
                span: name.span,
            });
            self.machine_scopes[mid.index()]
                .fields
                .insert(name.name.clone(), id);
        }
    }

    fn declare_method(&mut self, mid: MachineId, f: &'a ast::FunDecl) {
        if let Some(&first) = self.machine_scopes[mid.index()].methods.get(&f.name.name) {
            let first = self.m.functions[first.index()].span;
            self.error(
                Diagnostic::error(
                    f.name.span,
                    format!(
                        "function `{}` is declared twice in this machine",
                        f.name.name
                    ),
                )
                .with_label(first, "first declared here"),
            );
            return;
        }
        let id = self.push_function(f, Some(mid), FunKind::Method);
        self.machine_scopes[mid.index()]
            .methods
            .insert(f.name.name.clone(), id);
        self.m.machines[mid.index()].methods.push(id);
        self.declare_signature(id, f);
    }

    /// Gives the type table the event set of every permission origin.
    fn record_permissions(&mut self) {
        let all: BTreeSet<EventId> = (1..self.m.events.len() as u32).map(EventId).collect();
        let expand = |s: &EventSet| match s {
            EventSet::All => all.clone(),
            EventSet::Only(v) => v.iter().copied().collect(),
        };
        let mut perms = Vec::new();
        for (i, iface) in self.m.interfaces.iter().enumerate() {
            let origin = PermissionOrigin::Interface(InterfaceId(i as u32));
            perms.push((origin, expand(&iface.receives)));
        }
        for (i, s) in self.m.event_sets.iter().enumerate() {
            let origin = PermissionOrigin::EventSet(EventSetId(i as u32));
            perms.push((origin, s.events.iter().copied().collect()));
        }
        for (i, _) in self.m.machines.iter().enumerate() {
            perms.push((PermissionOrigin::Spec(MachineId(i as u32)), BTreeSet::new()));
        }
        for (origin, set) in perms {
            self.m.types.set_permissions(origin, set);
        }
    }

    /// Every event of a set, `All` expanded to every user event and `halt`.
    pub(super) fn expand(&self, s: &EventSet) -> BTreeSet<EventId> {
        match s {
            EventSet::All => (1..self.m.events.len() as u32).map(EventId).collect(),
            EventSet::Only(v) => v.iter().copied().collect(),
        }
    }
}
