//! Signatures of the functions states run (P's `MachineChecker`): an entry
//! takes at most one parameter, an exit none, a `do` or `with` handler at
//! most one; a parameter must accept the payload of the event that triggers
//! it (or the element of a one-element tuple payload); and handlers must be
//! functions of the machine itself, not global or foreign ones.
//!
//! The accepted payload-to-parameter conversions are recorded in the model
//! as [`ParamBinding`]s.

use super::Checker;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;

/// The role a function plays for a state, for messages.
#[derive(Clone, Copy)]
enum Use {
    Entry,
    Exit,
    Do,
    With,
}

impl Use {
    fn name(self) -> &'static str {
        match self {
            Use::Entry => "entry function",
            Use::Exit => "exit function",
            Use::Do => "event handler",
            Use::With => "transition function",
        }
    }
}

impl<'a> Checker<'a> {
    pub(super) fn check_handlers(&mut self) {
        for mi in 0..self.m.machines.len() {
            let mid = MachineId(mi as u32);
            for si in 0..self.m.machines[mi].states.len() {
                self.check_state_handlers(mid, StateId(si as u32));
            }
        }
    }

    fn check_state_handlers(&mut self, mid: MachineId, sid: StateId) {
        let spans = self.state_spans[mid.index()][sid.index()];
        let state = self.m.machines[mid.index()].states[sid.index()].clone();
        if let (Some(f), Some(span)) = (state.entry, spans.entry) {
            self.check_use(mid, &state.name, f, Use::Entry, span);
        }
        if let (Some(f), Some(span)) = (state.exit, spans.exit) {
            self.check_use(mid, &state.name, f, Use::Exit, span);
        }
        for (hi, h) in state.handlers.iter().enumerate() {
            let payload = self.m.events[h.event.index()].payload;
            let action = match &h.action {
                Action::Do(b) => {
                    if !self.check_use(mid, &state.name, b.fun, Use::Do, h.span) {
                        continue;
                    }
                    let param = self.bind(payload, b.fun, h.event, h.span, Use::Do);
                    Action::Do(Bound { fun: b.fun, param })
                }
                Action::Goto { target, with, .. } => {
                    let with = match with {
                        Some(w) => {
                            if !self.check_use(mid, &state.name, w.fun, Use::With, h.span) {
                                continue;
                            }
                            let param = self.bind(payload, w.fun, h.event, h.span, Use::With);
                            Some(Bound { fun: w.fun, param })
                        }
                        None => None,
                    };
                    let target_entry = self.m.machines[mid.index()].states[target.index()].entry;
                    let entry = match target_entry {
                        Some(f) if self.m.functions[f.index()].params <= 1 => {
                            self.bind(payload, f, h.event, h.span, Use::Entry)
                        }
                        _ => ParamBinding::None,
                    };
                    Action::Goto {
                        target: *target,
                        with,
                        entry,
                    }
                }
                other => other.clone(),
            };
            self.m.machines[mid.index()].states[sid.index()].handlers[hi].action = action;
        }
    }

    /// Checks the parameter count and ownership of a function used by a
    /// state; false after reporting.
    fn check_use(&mut self, mid: MachineId, state: &str, f: FunId, u: Use, span: Span) -> bool {
        let fun = &self.m.functions[f.index()];
        let (params, owner, foreign, fspan) = (fun.params, fun.owner, fun.is_foreign(), fun.span);
        let fname = self.fun_name(f);
        if owner != Some(mid) || foreign {
            let what = if foreign { "foreign" } else { "global" };
            let d = Diagnostic::error(
                span,
                format!(
                    "state `{state}` uses {what} function {fname} as its {}",
                    u.name()
                ),
            )
            .with_label(fspan, format!("{fname} declared here"))
            .with_note(format!(
                "state handlers must be functions of machine `{}`",
                self.machine_name(mid)
            ));
            self.error(d);
            return false;
        }
        let max = if matches!(u, Use::Exit) { 0 } else { 1 };
        if params > max {
            let d = if max == 0 {
                Diagnostic::error(
                    span,
                    format!("the exit function of state `{state}` cannot take parameters"),
                )
            } else {
                Diagnostic::error(
                    span,
                    format!(
                        "the {} of state `{state}` takes {params} parameters, but it can take at most one",
                        u.name()
                    ),
                )
                .with_note("pass several values as one tuple parameter")
            };
            self.error(d.with_label(fspan, format!("{fname} declared here")));
            return false;
        }
        true
    }

    /// How the payload of `event` reaches `f`'s parameter, or an error.
    fn bind(
        &mut self,
        payload: TypeId,
        f: FunId,
        event: EventId,
        span: Span,
        u: Use,
    ) -> ParamBinding {
        let fun = &self.m.functions[f.index()];
        let Some(param) = fun.locals[..fun.params].first() else {
            return ParamBinding::None;
        };
        let (pty, pspan) = (param.ty, param.span);
        let types = &self.m.types;
        if types.assignable(pty, payload) {
            return if pty == payload {
                ParamBinding::Direct
            } else {
                ParamBinding::Upcast { to: pty }
            };
        }
        if let TypeKind::Tuple(elems) = types.kind(payload) {
            if let [only] = elems.as_slice() {
                if types.assignable(pty, *only) {
                    return ParamBinding::TupleElement { to: pty };
                }
            }
        }
        let ev = self.event_name(event).to_owned();
        let msg = if payload == TypeId::NULL {
            format!(
                "event `{ev}` carries no payload, but its {} takes a parameter of type `{}`",
                u.name(),
                self.ty(pty)
            )
        } else {
            format!(
                "event `{ev}` carries a payload of type `{}`, which the {}'s parameter of type `{}` does not accept",
                self.ty(payload),
                u.name(),
                self.ty(pty)
            )
        };
        self.error(Diagnostic::error(span, msg).with_label(pspan, "parameter declared here"));
        ParamBinding::None
    }
}
