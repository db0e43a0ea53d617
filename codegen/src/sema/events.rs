//! Statements about events and states: `raise`, `send`, `announce`, `goto`
//! and `receive` (P's `StatementVisitor`).
//!
//! `raise` and `goto` end the handler, so P allows them only in functions
//! without a return type; a spec may not send, announce or receive.

use super::body::Cx;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::HashMap;

impl Cx<'_, '_> {
    /// The event operand of `raise`/`send`/`announce`, and its payload type
    /// when the event is named statically.
    fn event_operand(&mut self, e: &ast::Expr, keyword: &str) -> (Expr, Option<TypeId>) {
        if let ast::ExprKind::Name(name) = &e.kind {
            let known = self.lookup_var(&name.name).is_some()
                || self.ck.names.param(&name.name).is_some()
                || self.ck.names.event(&name.name).is_some()
                || self.ck.names.enum_elem(&name.name).is_some();
            if !known {
                self.err(Diagnostic::error(
                    name.span,
                    format!("unknown event `{}`", name.name),
                ));
                return (Self::error_expr(e.span), None);
            }
        }
        let ev = self.expr(e);
        if ev.ty == TypeId::ERROR {
            return (ev, None);
        }
        if matches!(ev.kind, ExprKind::Null) {
            self.err(Diagnostic::error(
                ev.span,
                format!("cannot {keyword} the `null` event"),
            ));
            return (Self::error_expr(ev.span), None);
        }
        if !self.types().assignable(TypeId::EVENT, ev.ty) {
            let d = Diagnostic::error(
                ev.span,
                format!(
                    "`{keyword}` needs an event, not a value of type `{}`",
                    self.ty(ev.ty)
                ),
            );
            self.err(d);
            return (Self::error_expr(ev.span), None);
        }
        let payload = match ev.kind {
            ExprKind::Event(id) => Some(self.ck.m.events[id.index()].payload),
            _ => None,
        };
        (ev, payload)
    }

    fn event_desc(&self, ev: &Expr) -> String {
        match ev.kind {
            ExprKind::Event(id) => format!("event `{}`", self.ck.event_name(id)),
            _ => "the event".into(),
        }
    }

    /// Reports `raise`/`goto` in a function that returns a value.
    fn check_void_for(&mut self, keyword: &str, span: Span) -> bool {
        if self.ret == TypeId::NULL {
            return true;
        }
        let d = Diagnostic::error(
            span,
            format!(
                "`{keyword}` cannot be used in {}, which returns a value",
                self.fun_desc()
            ),
        )
        .with_note(format!(
            "`{keyword}` ends the current handler, so the function could not return"
        ));
        self.err(d);
        false
    }

    pub(super) fn raise(
        &mut self,
        event: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<StmtKind> {
        let ok = self.check_void_for("raise", span);
        let (ev, payload_ty) = self.event_operand(event, "raise");
        let args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        if !ok || ev.ty == TypeId::ERROR {
            return None;
        }
        self.facts.raises.push(span);
        let what = self.event_desc(&ev);
        let payload = self.payload(payload_ty, args, span, &what);
        Some(StmtKind::Raise { event: ev, payload })
    }

    pub(super) fn send(
        &mut self,
        target: &ast::Expr,
        event: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<StmtKind> {
        if self.is_spec {
            self.spec_forbids(span, "`send`", "monitors only observe events");
            return None;
        }
        let t = self.expr(target);
        if t.ty != TypeId::ERROR && !self.types().assignable(TypeId::MACHINE, t.ty) {
            let d = Diagnostic::error(
                t.span,
                format!(
                    "the target of `send` must be a machine reference, not a value of type `{}`",
                    self.ty(t.ty)
                ),
            );
            self.err(d);
        }
        let (ev, payload_ty) = self.event_operand(event, "send");
        let args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        self.facts.sends.push(span);
        if ev.ty == TypeId::ERROR {
            return None;
        }
        let what = self.event_desc(&ev);
        let payload = self.payload(payload_ty, args, span, &what);
        let t = self.upcast(t, TypeId::MACHINE);
        Some(StmtKind::Send {
            target: t,
            event: ev,
            payload,
        })
    }

    pub(super) fn announce(
        &mut self,
        event: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<StmtKind> {
        if self.is_spec {
            self.spec_forbids(span, "`announce`", "monitors only observe events");
            return None;
        }
        let (ev, payload_ty) = self.event_operand(event, "announce");
        let args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        self.facts.announces.push(span);
        if ev.ty == TypeId::ERROR {
            return None;
        }
        let what = self.event_desc(&ev);
        let payload = self.payload(payload_ty, args, span, &what);
        Some(StmtKind::Announce { event: ev, payload })
    }

    pub(super) fn goto(
        &mut self,
        state: &ast::Ident,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<StmtKind> {
        let ok = self.check_void_for("goto", span);
        let mut args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        if !ok {
            return None;
        }
        let Some(m) = self.owner else {
            self.err(
                Diagnostic::error(
                    state.span,
                    format!(
                        "`goto {}` in global {}: only machines have states",
                        state.name,
                        self.fun_desc()
                    ),
                )
                .with_note(
                    "move the function into the machine, or raise an event the machine handles",
                ),
            );
            return None;
        };
        let sid = self.ck.find_state(m, state)?;
        self.facts.gotos.push(span);
        let entry = self.ck.m.machines[m.index()].states[sid.index()].entry;
        let param = entry.and_then(|f| {
            let f = &self.ck.m.functions[f.index()];
            f.locals[..f.params].first().map(|l| (l.ty, f.params))
        });
        if param.is_some_and(|(_, n)| n > 1) {
            // The entry's own signature is reported by the handler checks.
            return Some(StmtKind::Goto {
                state: sid,
                payload: None,
            });
        }
        let expected = param.map_or(0, |(_, n)| n);
        if args.len() != expected {
            let d = Diagnostic::error(
                span,
                if expected == 0 {
                    format!(
                        "the entry of state `{}` takes no payload, but one is given",
                        state.name
                    )
                } else {
                    format!(
                        "the entry of state `{}` takes one payload value, but {} given",
                        state.name,
                        super::expr::were(args.len())
                    )
                },
            );
            self.err(d);
            return None;
        }
        let payload = match (param, args.pop()) {
            (Some((pty, _)), Some(arg)) => Some(self.flow(pty, arg, |found, expected| {
                Diagnostic::error(
                    span,
                    format!(
                        "the entry of state `{}` takes a payload of type `{expected}`, not `{found}`",
                        state.name
                    ),
                )
            })),
            _ => None,
        };
        Some(StmtKind::Goto {
            state: sid,
            payload,
        })
    }

    pub(super) fn receive(&mut self, cases: &[ast::ReceiveCase], span: Span) -> Option<StmtKind> {
        if self.is_spec {
            self.spec_forbids(span, "`receive`", "monitors cannot wait for events");
            return None;
        }
        self.facts.receives.push(span);
        let mut seen: HashMap<EventId, Span> = HashMap::new();
        let mut out = Vec::new();
        for case in cases {
            let mut events = Vec::new();
            for r in &case.events {
                let Some(e) = self.ck.resolve_event_ref(r, true) else {
                    continue;
                };
                if let Some(first) = seen.get(&e) {
                    let d = Diagnostic::error(
                        r.span(),
                        format!(
                            "event `{}` already has a case in this `receive`",
                            self.ck.event_name(e)
                        ),
                    )
                    .with_label(*first, "first case here");
                    self.err(d);
                    continue;
                }
                seen.insert(e, r.span());
                events.push(e);
            }
            out.push(self.receive_case(case, events));
        }
        Some(StmtKind::Receive(out))
    }

    fn receive_case(&mut self, case: &ast::ReceiveCase, events: Vec<EventId>) -> ReceiveCase {
        self.open_scope();
        let a = &case.handler;
        let param = a.param.as_ref().map(|p| {
            let ty = self.ck.resolve_type(&p.ty);
            (self.push_local(&p.name, ty, false), ty, p.span)
        });
        let expected = param.map_or(TypeId::NULL, |(_, t, _)| t);
        let mut bindings = Vec::new();
        for &e in &events {
            let payload = self.ck.m.events[e.index()].payload;
            if !self.types().assignable(expected, payload) {
                let name = self.ck.event_name(e).to_owned();
                let d = match param {
                    Some((_, t, pspan)) => Diagnostic::error(
                        pspan,
                        format!(
                            "the case parameter has type `{}`, but event `{name}` carries `{}`",
                            self.ty(t),
                            self.ty(payload)
                        ),
                    ),
                    None => Diagnostic::error(
                        case.span,
                        format!(
                            "event `{name}` carries a payload of type `{}`; its case must take it as a parameter",
                            self.ty(payload)
                        ),
                    ),
                };
                self.err(d);
            }
            bindings.push(if payload == expected {
                ParamBinding::Direct
            } else {
                ParamBinding::Upcast { to: expected }
            });
        }
        self.declare_locals(&a.body.locals);
        let body = self.block(&a.body.stmts);
        self.close_scope();
        ReceiveCase {
            events,
            param: param.map(|(l, _, _)| (l, bindings)),
            body,
            span: case.span,
        }
    }
}
