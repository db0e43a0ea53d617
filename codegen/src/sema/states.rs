//! States of a machine: names, start state, entry and exit functions and
//! what each state does with each event (P's `DeclarationVisitor`
//! `VisitStateDecl` and friends).

use super::Checker;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

/// Where a state's entry and exit are declared, for later messages.
#[derive(Clone, Copy, Default)]
pub(super) struct StateSpans {
    pub(super) entry: Option<Span>,
    pub(super) exit: Option<Span>,
}

impl<'a> Checker<'a> {
    pub(super) fn declare_states(&mut self, mid: MachineId) {
        let ast = self.machine_ast[mid.index()];
        let decls: Vec<&'a ast::StateDecl> = ast
            .items
            .iter()
            .filter_map(|i| match i {
                ast::MachineItem::State(s) => Some(s),
                _ => None,
            })
            .collect();
        // Names first: `goto` may name a state declared further down.
        let mut kept = Vec::new();
        for s in decls {
            if let Some(&first) = self.machine_scopes[mid.index()].states.get(&s.name.name) {
                let first = self.m.machines[mid.index()].states[first.index()].span;
                self.error(
                    Diagnostic::error(
                        s.name.span,
                        format!("state `{}` is declared twice in this machine", s.name.name),
                    )
                    .with_label(first, "first declared here"),
                );
                continue;
            }
            let states = &mut self.m.machines[mid.index()].states;
            let id = StateId(states.len() as u32);
            states.push(State {
                name: s.name.name.clone(),
                is_start: s.start,
                temperature: match s.temperature {
                    Some(ast::Temperature::Hot) => Temperature::Hot,
                    Some(ast::Temperature::Cold) => Temperature::Cold,
                    None => Temperature::Warm,
                },
                entry: None,
                exit: None,
                handlers: Vec::new(),
                span: s.name.span,
            });
            self.state_spans[mid.index()].push(StateSpans::default());
            self.machine_scopes[mid.index()]
                .states
                .insert(s.name.name.clone(), id);
            kept.push((id, s));
        }
        let mut start: Option<(StateId, Span)> = None;
        for (id, s) in kept {
            self.declare_state_items(mid, id, s);
            if s.start {
                match start {
                    Some((_, first)) => self.error(
                        Diagnostic::error(
                            s.name.span,
                            format!("machine `{}` has two start states", self.machine_name(mid)),
                        )
                        .with_label(first, "the first start state"),
                    ),
                    None => start = Some((id, s.name.span)),
                }
            }
        }
        match start {
            Some((id, _)) => self.m.machines[mid.index()].start = id,
            None => {
                let m = &self.m.machines[mid.index()];
                let what = if m.is_spec() {
                    "spec machine"
                } else {
                    "machine"
                };
                let d =
                    Diagnostic::error(m.span, format!("{what} `{}` has no start state", m.name))
                        .with_note("mark the state the machine starts in with `start state`");
                self.error(d);
            }
        }
    }

    fn declare_state_items(&mut self, mid: MachineId, sid: StateId, s: &'a ast::StateDecl) {
        let is_spec = self.m.machines[mid.index()].is_spec();
        for item in &s.items {
            match item {
                ast::StateItem::Entry(h) | ast::StateItem::Exit(h) => {
                    let is_entry = matches!(item, ast::StateItem::Entry(_));
                    let spans = self.state_spans[mid.index()][sid.index()];
                    let first = if is_entry { spans.entry } else { spans.exit };
                    let what = if is_entry { "entry" } else { "exit" };
                    if let Some(first) = first {
                        self.error(
                            Diagnostic::error(
                                h.span(),
                                format!("state `{}` has two {what} functions", s.name.name),
                            )
                            .with_label(first, format!("the first {what} function")),
                        );
                        continue;
                    }
                    let Some(f) = self.handler_fun(mid, h) else {
                        continue;
                    };
                    let roles = &mut self.m.functions[f.index()].roles;
                    let spans = &mut self.state_spans[mid.index()][sid.index()];
                    let state = &mut self.m.machines[mid.index()].states[sid.index()];
                    if is_entry {
                        roles.entry = true;
                        spans.entry = Some(h.span());
                        state.entry = Some(f);
                    } else {
                        roles.exit = true;
                        spans.exit = Some(h.span());
                        state.exit = Some(f);
                    }
                }
                ast::StateItem::Defer(events, span) => {
                    if is_spec {
                        self.error(Diagnostic::error(
                            *span,
                            "a spec machine cannot defer events: monitors observe events as they are sent",
                        ));
                        continue;
                    }
                    for e in events {
                        self.add_action(mid, sid, e, Action::Defer, *span);
                    }
                }
                ast::StateItem::Ignore(events, span) => {
                    for e in events {
                        self.add_action(mid, sid, e, Action::Ignore, *span);
                    }
                }
                ast::StateItem::OnDo {
                    events,
                    handler,
                    span,
                } => {
                    let Some(f) = self.handler_fun(mid, handler) else {
                        continue;
                    };
                    self.m.functions[f.index()].roles.handler = true;
                    for e in events {
                        let action = Action::Do(Bound {
                            fun: f,
                            param: ParamBinding::None,
                        });
                        self.add_action(mid, sid, e, action, *span);
                    }
                }
                ast::StateItem::OnGoto {
                    events,
                    target,
                    with,
                    span,
                } => {
                    let with = match with {
                        Some(h) => match self.handler_fun(mid, h) {
                            Some(f) => {
                                self.m.functions[f.index()].roles.transition = true;
                                Some(Bound {
                                    fun: f,
                                    param: ParamBinding::None,
                                })
                            }
                            None => continue,
                        },
                        None => None,
                    };
                    let Some(target) = self.find_state(mid, target) else {
                        continue;
                    };
                    for e in events {
                        let action = Action::Goto {
                            target,
                            with: with.clone(),
                            entry: ParamBinding::None,
                        };
                        self.add_action(mid, sid, e, action, *span);
                    }
                }
            }
        }
    }

    /// The state `name` of machine `mid`, or an error.
    pub(super) fn find_state(&mut self, mid: MachineId, name: &ast::Ident) -> Option<StateId> {
        let found = self.machine_scopes[mid.index()]
            .states
            .get(&name.name)
            .copied();
        if found.is_none() {
            self.error(Diagnostic::error(
                name.span,
                format!(
                    "machine `{}` has no state named `{}`",
                    self.machine_name(mid),
                    name.name
                ),
            ));
        }
        found
    }

    /// The function run by a handler: an anonymous block becomes a new
    /// function of the machine; a name is looked up among the machine's
    /// functions, then the global ones (rejected later, as P does).
    fn handler_fun(&mut self, mid: MachineId, h: &'a ast::Handler) -> Option<FunId> {
        match h {
            ast::Handler::Anon(a) => Some(self.push_anon(mid, a)),
            ast::Handler::Named(name) => {
                let own = self.machine_scopes[mid.index()].methods.get(&name.name);
                let found = own.copied().or_else(|| self.names.function(&name.name));
                if found.is_none() {
                    self.error(Diagnostic::error(
                        name.span,
                        format!(
                            "unknown function `{}`: machine `{}` declares no function of this name",
                            name.name,
                            self.machine_name(mid)
                        ),
                    ));
                }
                found
            }
        }
    }

    fn add_action(
        &mut self,
        mid: MachineId,
        sid: StateId,
        event: &ast::EventRef,
        action: Action,
        span: Span,
    ) {
        let Some(e) = self.resolve_event_ref(event, true) else {
            return;
        };
        let state = &self.m.machines[mid.index()].states[sid.index()];
        if let Some(first) = state.handler(e) {
            let d = Diagnostic::error(
                event.span(),
                format!(
                    "state `{}` already says what to do with event `{}`",
                    state.name,
                    self.event_name(e)
                ),
            )
            .with_label(first.span, "first handled here")
            .with_note("a state may declare one behaviour per event: do, goto, defer or ignore");
            self.error(d);
            return;
        }
        if e == EventId::NULL && self.m.machines[mid.index()].is_spec() {
            self.error(Diagnostic::error(
                event.span(),
                "a spec machine cannot handle the `null` event: monitors only run when an event is observed",
            ));
            return;
        }
        self.m.machines[mid.index()].states[sid.index()]
            .handlers
            .push(EventHandler {
                event: e,
                action,
                span,
            });
    }
}
