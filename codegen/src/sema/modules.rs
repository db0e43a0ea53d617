//! Module expressions (P's `ModuleExprVisitor` and
//! `ModuleSystemTypeChecker.CheckWellFormedness`): what each module binds,
//! sends, receives and creates, and the rules of `union`, `compose`,
//! `hidee`, `hidei`, `rename`, `assert` and `main ... in`.
//!
//! Events carried in a payload of unbounded type (`machine`, `any`, foreign)
//! count as "every event" when P checks private events against payload
//! permissions, as `GetPermissions` does.

use super::Checker;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// A module while it is being computed.
#[derive(Clone, Debug, Default)]
pub(super) struct Info {
    pub(super) bindings: BTreeMap<InterfaceId, MachineId>,
    links: BTreeMap<InterfaceId, BTreeMap<InterfaceId, InterfaceId>>,
    monitors: BTreeMap<MachineId, Vec<InterfaceId>>,
    pub(super) sends: BTreeSet<EventId>,
    receives: BTreeSet<EventId>,
    pub(super) creates: BTreeSet<InterfaceId>,
    private_events: BTreeSet<EventId>,
    private_interfaces: BTreeSet<InterfaceId>,
    /// Set by `main M in ...`.
    pub(super) main: Option<MachineId>,
}

impl Info {
    pub(super) fn to_model(&self) -> ModuleInfo {
        ModuleInfo {
            bindings: self.bindings.iter().map(|(i, m)| (*i, *m)).collect(),
            links: self
                .links
                .iter()
                .flat_map(|(b, l)| l.iter().map(move |(c, r)| (*b, *c, *r)))
                .collect(),
            monitors: self
                .monitors
                .iter()
                .map(|(m, is)| (*m, is.clone()))
                .collect(),
            sends: self.sends.iter().copied().collect(),
            receives: self.receives.iter().copied().collect(),
            creates: self.creates.iter().copied().collect(),
            private_events: self.private_events.iter().copied().collect(),
            private_interfaces: self.private_interfaces.iter().copied().collect(),
        }
    }

    /// Interfaces bound but not created, or created but not bound: the
    /// module's boundary.
    fn boundary(&self) -> BTreeSet<InterfaceId> {
        let bound: BTreeSet<InterfaceId> = self.bindings.keys().copied().collect();
        bound.symmetric_difference(&self.creates).copied().collect()
    }
}

/// Progress of a named module, to catch modules defined through themselves.
#[derive(Clone)]
pub(super) enum Named {
    NotYet,
    InProgress,
    Done(Option<Info>),
}

impl<'a> Checker<'a> {
    /// The info of named module `i`, computed once.
    pub(super) fn named_module(
        &mut self,
        i: usize,
        used_at: Span,
        named: &mut Vec<Named>,
    ) -> Option<Info> {
        match &named[i] {
            Named::Done(info) => info.clone(),
            Named::InProgress => {
                let name = self.m.modules[i].name.clone();
                self.error(Diagnostic::error(
                    used_at,
                    format!("module `{name}` is defined in terms of itself"),
                ));
                None
            }
            Named::NotYet => {
                named[i] = Named::InProgress;
                let ast = self.module_ast[i];
                let info = self.module_expr(&ast.expr, named);
                if let Some(info) = &info {
                    self.m.modules[i].info = info.to_model();
                }
                named[i] = Named::Done(info.clone());
                info
            }
        }
    }

    pub(super) fn module_expr(&mut self, e: &ast::ModExpr, named: &mut Vec<Named>) -> Option<Info> {
        use ast::ModExprKind as K;
        match &e.kind {
            K::Paren(inner) => self.module_expr(inner, named),
            K::Named(name) => match self.names.get(super::names::Ns::Module, &name.name) {
                Some((i, _)) => self.named_module(i as usize, name.span, named),
                None => {
                    self.error(Diagnostic::error(
                        name.span,
                        format!("unknown module `{}`", name.name),
                    ));
                    None
                }
            },
            K::Primitive(bindings) => self.primitive_module(bindings),
            K::Union(ms) | K::Compose(ms) => {
                let compose = matches!(e.kind, K::Compose(_));
                let mut infos = Vec::new();
                for m in ms {
                    infos.push((self.module_expr(m, named), m.span));
                }
                let infos: Option<Vec<(Info, Span)>> =
                    infos.into_iter().map(|(i, s)| i.map(|i| (i, s))).collect();
                self.combine(infos?, compose)
            }
            K::HideEvents(events, inner) => {
                let events: Vec<(EventId, Span)> = events
                    .iter()
                    .filter_map(|r| self.resolve_event_ref(r, false).map(|e| (e, r.span())))
                    .collect();
                let info = self.module_expr(inner, named)?;
                self.hide_events(info, &events, e.span)
            }
            K::HideInterfaces(names, inner) => {
                let ifaces: Vec<(InterfaceId, Span)> = names
                    .iter()
                    .filter_map(|n| self.interface_named(n).map(|i| (i, n.span)))
                    .collect();
                let mut info = self.module_expr(inner, named)?;
                let mut ok = true;
                for (i, span) in ifaces {
                    if !(info.creates.contains(&i) && info.bindings.contains_key(&i)) {
                        self.error(Diagnostic::error(
                            span,
                            format!(
                                "cannot hide interface `{}`: the module must both bind and create it",
                                self.m.interfaces[i.index()].name
                            ),
                        ));
                        ok = false;
                    }
                    info.private_interfaces.insert(i);
                }
                ok.then_some(info)
            }
            K::Rename { from, to, module } => {
                let old = self.interface_named(from);
                let new = self.interface_named(to);
                let info = self.module_expr(module, named)?;
                self.rename(info, old?, new?, e.span)
            }
            K::Assert(specs, inner) => {
                let mut monitors = Vec::new();
                for s in specs {
                    match self.names.machine(&s.name) {
                        None => self.error(Diagnostic::error(
                            s.span,
                            format!("unknown spec machine `{}`", s.name),
                        )),
                        Some(m) if !self.m.machines[m.index()].is_spec() => {
                            self.error(Diagnostic::error(
                                s.span,
                                format!(
                                    "`{}` is not a spec machine: only specs can be asserted on a module",
                                    s.name
                                ),
                            ))
                        }
                        Some(m) => monitors.push((m, s.span)),
                    }
                }
                let info = self.module_expr(inner, named)?;
                self.attach(info, &monitors)
            }
            K::Main(name, inner) => {
                let mut info = self.module_expr(inner, named)?;
                let m = self.main_machine(name, &info)?;
                info.main = Some(m);
                Some(info)
            }
        }
    }

    fn interface_named(&mut self, name: &ast::Ident) -> Option<InterfaceId> {
        let i = self.names.interface(&name.name);
        if i.is_none() {
            self.error(Diagnostic::error(
                name.span,
                format!("unknown interface `{}`", name.name),
            ));
        }
        i
    }

    /// A machine named as a module's (or test's) main: it must be a machine
    /// bound in the module.
    pub(super) fn main_machine(&mut self, name: &ast::Ident, info: &Info) -> Option<MachineId> {
        let Some(m) = self.names.machine(&name.name) else {
            self.error(Diagnostic::error(
                name.span,
                format!("unknown machine `{}`", name.name),
            ));
            return None;
        };
        if self.m.machines[m.index()].is_spec() {
            self.error(Diagnostic::error(
                name.span,
                format!(
                    "`{}` is a spec machine; the main machine must be an implementation machine",
                    name.name
                ),
            ));
            return None;
        }
        if !info.bindings.values().any(|b| *b == m) {
            self.error(Diagnostic::error(
                name.span,
                format!("the main machine `{}` is not in the module", name.name),
            ));
            return None;
        }
        Some(m)
    }

    fn primitive_module(&mut self, bindings: &[ast::Binding]) -> Option<Info> {
        let mut info = Info::default();
        let mut first: BTreeMap<InterfaceId, Span> = BTreeMap::new();
        let mut ok = true;
        for b in bindings {
            let Some((iface, machine)) = self.binding(b) else {
                ok = false;
                continue;
            };
            if let Some(prev) = first.get(&iface) {
                self.error(
                    Diagnostic::error(
                        b.span,
                        format!(
                            "interface `{}` is bound twice in this module",
                            self.m.interfaces[iface.index()].name
                        ),
                    )
                    .with_label(*prev, "first bound here"),
                );
                ok = false;
                continue;
            }
            first.insert(iface, b.span);
            ok &= self.check_binding(iface, machine, b.span);
            info.bindings.insert(iface, machine);
        }
        if !ok {
            return None;
        }
        Some(self.bindings_info(info.bindings))
    }

    /// The module of a list of bindings: P's `BindModuleExpr` info.
    pub(super) fn bindings_info(&self, bindings: BTreeMap<InterfaceId, MachineId>) -> Info {
        let mut info = Info {
            bindings,
            ..Info::default()
        };
        for (&iface, &machine) in &info.bindings {
            let m = &self.m.machines[machine.index()];
            let links: BTreeMap<InterfaceId, InterfaceId> =
                m.creates.iter().map(|c| (*c, *c)).collect();
            info.creates.extend(links.values().copied());
            info.links.insert(iface, links);
            info.sends.extend(self.expand(&m.sends));
            info.receives.extend(self.expand(&m.receives));
        }
        info
    }

    /// The interface and machine of `M` or `M -> I`.
    fn binding(&mut self, b: &ast::Binding) -> Option<(InterfaceId, MachineId)> {
        let spec_bound = |ck: &mut Self, name: &ast::Ident| {
            ck.error(
                Diagnostic::error(
                    name.span,
                    format!("spec machine `{}` cannot be bound in a module", name.name),
                )
                .with_note(format!("attach specs with `assert {} in ...`", name.name)),
            );
        };
        let machine = match self.names.machine(&b.machine.name) {
            Some(m) if self.m.machines[m.index()].is_spec() => {
                spec_bound(self, &b.machine);
                return None;
            }
            Some(m) => Some(m),
            None => None,
        };
        let iname = b.interface.as_ref().unwrap_or(&b.machine);
        let iface = self.names.interface(&iname.name);
        match (iface, machine) {
            (Some(i), Some(m)) => Some((i, m)),
            (None, _) if b.interface.is_some() => {
                self.error(Diagnostic::error(
                    iname.span,
                    format!("unknown interface `{}`", iname.name),
                ));
                None
            }
            _ => {
                self.error(Diagnostic::error(
                    b.machine.span,
                    format!("unknown machine `{}`", b.machine.name),
                ));
                None
            }
        }
    }

    /// P's bind rule: the interface's events must be received by the
    /// machine, and the machine must accept the interface's payload.
    fn check_binding(&mut self, iface: InterfaceId, machine: MachineId, span: Span) -> bool {
        let i = &self.m.interfaces[iface.index()];
        let m = &self.m.machines[machine.index()];
        let (iname, mname) = (i.name.clone(), m.name.clone());
        let (ipay, mpay) = (i.payload, m.payload);
        let wants = self.expand(&i.receives.clone());
        let has = self.expand(&m.receives.clone());
        if let Some(e) = wants.iter().find(|e| !has.contains(e)) {
            self.error(Diagnostic::error(
                span,
                format!(
                    "cannot bind machine `{mname}` to interface `{iname}`: `{iname}` accepts event `{}`, which `{mname}` does not receive",
                    self.event_name(*e)
                ),
            ));
            return false;
        }
        if !self.m.types.assignable(mpay, ipay) {
            self.error(Diagnostic::error(
                span,
                format!(
                    "cannot bind machine `{mname}` to interface `{iname}`: `{iname}` is created with a `{}`, but `{mname}` takes a `{}`",
                    self.ty(ipay),
                    self.ty(mpay)
                ),
            ));
            return false;
        }
        true
    }

    /// The events a payload type may carry permissions for (every event
    /// when unbounded).
    fn payload_permissions(&self, t: TypeId) -> BTreeSet<EventId> {
        self.m
            .types
            .allowed_permissions(t)
            .unwrap_or_else(|| self.expand(&EventSet::All))
    }

    fn combine(&mut self, infos: Vec<(Info, Span)>, compose: bool) -> Option<Info> {
        let op = if compose { "compose" } else { "union" };
        let fail = |ck: &mut Self, at: Span, msg: String| {
            ck.error(Diagnostic::error(at, format!("invalid `{op}`: {msg}")));
            None
        };
        for (a, (m1, s1)) in infos.iter().enumerate() {
            for (b, (m2, _)) in infos.iter().enumerate() {
                if a == b {
                    continue;
                }
                if let Some(i) = m1.bindings.keys().find(|i| m2.bindings.contains_key(i)) {
                    let n = self.m.interfaces[i.index()].name.clone();
                    return fail(
                        self,
                        *s1,
                        format!("interface `{n}` is bound in more than one module"),
                    );
                }
                let private: BTreeSet<EventId> = m1
                    .private_events
                    .union(&m2.private_events)
                    .copied()
                    .collect();
                let public: BTreeSet<EventId> = m1
                    .sends
                    .iter()
                    .chain(&m1.receives)
                    .chain(&m2.sends)
                    .chain(&m2.receives)
                    .copied()
                    .collect();
                if let Some(e) = public.intersection(&private).next() {
                    let n = self.event_name(*e).to_owned();
                    return fail(
                        self,
                        *s1,
                        format!(
                            "event `{n}` is private in one module but sent or received in another"
                        ),
                    );
                }
                // Both checks look for a private event: with none (the
                // usual case) they would only cost events x modules.
                if !private.is_empty() {
                    for e in &public {
                        let carried = match self
                            .m
                            .types
                            .allowed_permissions(self.m.events[e.index()].payload)
                        {
                            // An unbounded payload may carry any permission.
                            None => private.first(),
                            Some(perms) => private.iter().find(|p| perms.contains(p)),
                        };
                        if let Some(p) = carried {
                            let (pn, en) = (
                                self.event_name(*p).to_owned(),
                                self.event_name(*e).to_owned(),
                            );
                            return fail(
                                self,
                                *s1,
                                format!(
                                    "private event `{pn}` may be carried in the payload of `{en}`"
                                ),
                            );
                        }
                    }
                    for i in m1.boundary().union(&m2.boundary()) {
                        let receives = self.expand(&self.m.interfaces[i.index()].receives.clone());
                        if let Some(p) = private.iter().find(|p| receives.contains(p)) {
                            let (pn, n) = (
                                self.event_name(*p).to_owned(),
                                self.m.interfaces[i.index()].name.clone(),
                            );
                            return fail(
                                self,
                                *s1,
                                format!(
                                    "private event `{pn}` is received by interface `{n}`, which is created or bound across modules"
                                ),
                            );
                        }
                    }
                }
                if let Some(s) = m1.monitors.keys().find(|s| m2.monitors.contains_key(s)) {
                    let n = self.machine_name(*s).to_owned();
                    return fail(
                        self,
                        *s1,
                        format!("spec `{n}` is attached in more than one module"),
                    );
                }
                if compose {
                    if let Some(e) = m1.sends.intersection(&m2.sends).next() {
                        let n = self.event_name(*e).to_owned();
                        return fail(
                            self,
                            *s1,
                            format!("event `{n}` is sent by more than one composed module"),
                        );
                    }
                    if let Some(i) = m1.creates.intersection(&m2.creates).next() {
                        let n = self.m.interfaces[i.index()].name.clone();
                        return fail(
                            self,
                            *s1,
                            format!("interface `{n}` is created by more than one composed module"),
                        );
                    }
                }
                let exported: BTreeSet<InterfaceId> = if m2.private_events.is_empty() {
                    BTreeSet::new()
                } else {
                    m1.bindings.keys().chain(&m1.creates).copied().collect()
                };
                for i in exported {
                    let perms = self.payload_permissions(self.m.interfaces[i.index()].payload);
                    if let Some(p) = m2.private_events.iter().find(|p| perms.contains(p)) {
                        let (pn, n) = (
                            self.event_name(*p).to_owned(),
                            self.m.interfaces[i.index()].name.clone(),
                        );
                        return fail(
                            self,
                            *s1,
                            format!(
                                "private event `{pn}` may be carried in the payload that creates `{n}`"
                            ),
                        );
                    }
                }
            }
        }
        let mut out = Info::default();
        for (m, _) in infos {
            out.private_events.extend(m.private_events);
            out.private_interfaces.extend(m.private_interfaces);
            out.monitors.extend(m.monitors);
            out.links.extend(m.links);
            out.bindings.extend(m.bindings);
            out.sends.extend(m.sends);
            out.receives.extend(m.receives);
            out.creates.extend(m.creates);
            out.main = out.main.or(m.main);
        }
        Some(out)
    }

    fn hide_events(
        &mut self,
        mut info: Info,
        events: &[(EventId, Span)],
        span: Span,
    ) -> Option<Info> {
        let hidden: BTreeSet<EventId> = events.iter().map(|(e, _)| *e).collect();
        for (e, at) in events {
            if !(info.sends.contains(e) && info.receives.contains(e)) {
                let n = self.event_name(*e).to_owned();
                self.error(Diagnostic::error(
                    *at,
                    format!("cannot hide event `{n}`: the module must both send and receive it"),
                ));
                return None;
            }
        }
        let fail = |ck: &mut Self, msg: String| {
            ck.error(Diagnostic::error(span, format!("invalid `hidee`: {msg}")));
            None
        };
        for i in info.boundary() {
            let receives = self.expand(&self.m.interfaces[i.index()].receives.clone());
            if let Some(e) = hidden.iter().find(|e| receives.contains(e)) {
                let (en, n) = (
                    self.event_name(*e).to_owned(),
                    self.m.interfaces[i.index()].name.clone(),
                );
                return fail(
                    self,
                    format!(
                        "event `{en}` is received by interface `{n}`, which is only created or only bound by the module"
                    ),
                );
            }
        }
        let public: BTreeSet<EventId> = info.sends.union(&info.receives).copied().collect();
        for e in public.difference(&hidden) {
            let perms = self.payload_permissions(self.m.events[e.index()].payload);
            if let Some(h) = hidden.iter().find(|h| perms.contains(h)) {
                let (hn, en) = (
                    self.event_name(*h).to_owned(),
                    self.event_name(*e).to_owned(),
                );
                return fail(
                    self,
                    format!(
                        "event `{hn}` may be carried in the payload of `{en}`, which stays public"
                    ),
                );
            }
        }
        info.private_events.extend(hidden.iter().copied());
        info.sends.retain(|e| !hidden.contains(e));
        info.receives.retain(|e| !hidden.contains(e));
        Some(info)
    }

    fn rename(
        &mut self,
        info: Info,
        old: InterfaceId,
        new: InterfaceId,
        span: Span,
    ) -> Option<Info> {
        let (on, nn) = (
            self.m.interfaces[old.index()].name.clone(),
            self.m.interfaces[new.index()].name.clone(),
        );
        let fail = |ck: &mut Self, msg: String| {
            ck.error(Diagnostic::error(span, format!("invalid `rename`: {msg}")));
            None
        };
        let ro = self.expand(&self.m.interfaces[old.index()].receives.clone());
        let rn = self.expand(&self.m.interfaces[new.index()].receives.clone());
        if ro != rn {
            return fail(
                self,
                format!("`{on}` and `{nn}` must receive the same events"),
            );
        }
        let known = |i: &InterfaceId| info.creates.contains(i) || info.bindings.contains_key(i);
        if !known(&old) {
            return fail(self, format!("the module neither binds nor creates `{on}`"));
        }
        if known(&new) {
            return fail(self, format!("the module already binds or creates `{nn}`"));
        }
        let sub = |i: InterfaceId| if i == old { new } else { i };
        let mut out = Info {
            sends: info.sends,
            receives: info.receives,
            private_events: info.private_events,
            main: info.main,
            ..Info::default()
        };
        out.private_interfaces = info.private_interfaces.into_iter().map(sub).collect();
        out.monitors = info
            .monitors
            .into_iter()
            .map(|(m, is)| (m, is.into_iter().map(sub).collect()))
            .collect();
        out.bindings = info
            .bindings
            .into_iter()
            .map(|(i, m)| (sub(i), m))
            .collect();
        out.links = info
            .links
            .into_iter()
            .map(|(b, l)| (sub(b), l.into_iter().map(|(c, r)| (c, sub(r))).collect()))
            .collect();
        for (b, m) in &out.bindings {
            for c in &self.m.machines[m.index()].creates {
                if let Some(r) = out.links.get(b).and_then(|l| l.get(c)) {
                    out.creates.insert(*r);
                }
            }
        }
        Some(out)
    }

    fn attach(&mut self, mut info: Info, monitors: &[(MachineId, Span)]) -> Option<Info> {
        let mut ok = true;
        for &(m, at) in monitors {
            let spec = &self.m.machines[m.index()];
            let name = spec.name.clone();
            if let Some(e) = spec.observes.iter().find(|e| !info.sends.contains(e)) {
                let en = self.event_name(*e).to_owned();
                self.error(Diagnostic::error(
                    at,
                    format!(
                        "spec `{name}` observes event `{en}`, which no machine of the module sends"
                    ),
                ));
                ok = false;
                continue;
            }
            if info.monitors.contains_key(&m) {
                self.error(Diagnostic::error(
                    at,
                    format!("spec `{name}` is already attached to this module"),
                ));
                ok = false;
                continue;
            }
            let interfaces = info.bindings.keys().copied().collect();
            info.monitors.insert(m, interfaces);
        }
        ok.then_some(info)
    }
}
