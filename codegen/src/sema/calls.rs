//! Calls, `new`, and the payloads of `send`, `raise`, `announce`, `new`
//! (P's `VisitFunCallExpr`, `VisitCtorExpr` and
//! `TypeCheckingUtils.ValidatePayloadTypes`).
//!
//! A payload is given as zero, one or several values. None fits only a
//! payload-less target; one value must be accepted by the payload type;
//! several values form a tuple and need an unnamed tuple payload type of
//! that length.

use super::body::Cx;
use super::expr::{plural, were};
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

impl Cx<'_, '_> {
    pub(super) fn call(&mut self, name: &ast::Ident, args: &[ast::Expr], span: Span) -> Expr {
        let args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        let Some(fun) = self.lookup_fun(&name.name) else {
            if self.ck.unsupported_names.contains(&name.name) {
                // Already reported as unsupported.
                return Self::error_expr(span);
            }
            let mut d = Diagnostic::error(name.span, format!("unknown function `{}`", name.name));
            if self
                .ck
                .machine_scopes
                .iter()
                .any(|s| s.methods.contains_key(&name.name))
            {
                d = d.with_note("a function of a machine can only be called from that machine");
            }
            self.err(d);
            return Self::error_expr(span);
        };
        let f = &self.ck.m.functions[fun.index()];
        let (fspan, ret) = (f.span, f.ret);
        let params: Vec<(TypeId, Span)> = f.locals[..f.params]
            .iter()
            .map(|l| (l.ty, l.span))
            .collect();
        if params.len() != args.len() {
            let d = Diagnostic::error(
                span,
                format!(
                    "function `{}` takes {} but {} given",
                    name.name,
                    plural(params.len(), "argument"),
                    were(args.len())
                ),
            )
            .with_label(fspan, format!("`{}` declared here", name.name));
            self.err(d);
            return Self::error_expr(span);
        }
        let mut checked = Vec::new();
        for (i, (arg, (pty, pspan))) in args.into_iter().zip(params).enumerate() {
            let fname = &name.name;
            let a = self.flow(pty, arg, |found, expected| {
                Diagnostic::error(
                    span,
                    format!(
                        "argument {} of `{fname}` must be of type `{expected}`, not `{found}`",
                        i + 1
                    ),
                )
                .with_label(pspan, format!("parameter declared here as `{expected}`"))
            });
            checked.push(a);
        }
        self.facts.calls.push((fun, span));
        Expr {
            kind: ExprKind::Call { fun, args: checked },
            ty: ret,
            span,
        }
    }

    /// `new I(args)`: creates the machine bound to interface (or machine) `I`.
    pub(super) fn new_machine(
        &mut self,
        name: &ast::Ident,
        args: &[ast::Expr],
        span: Span,
    ) -> Expr {
        let args: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        let Some(iface) = self.ck.names.interface(&name.name) else {
            let mut d = Diagnostic::error(
                name.span,
                format!("unknown machine or interface `{}`", name.name),
            );
            if self.ck.names.machine(&name.name).is_some() {
                d = d.with_note(
                    "spec machines are not created with `new`; tests attach them with `assert`",
                );
            }
            self.err(d);
            return Self::error_expr(span);
        };
        if self.is_spec {
            self.spec_forbids(span, "`new`", "monitors cannot create machines");
            return Self::error_expr(span);
        }
        let payload_ty = self.ck.m.interfaces[iface.index()].payload;
        let what = format!("creating `{}`", name.name);
        let payload = self.payload(Some(payload_ty), args, span, &what);
        self.facts.creates.push((iface, span));
        let ty = self.intern(TypeKind::Permission(PermissionOrigin::Interface(iface)));
        Expr {
            kind: ExprKind::New {
                interface: iface,
                payload: payload.map(Box::new),
            },
            ty,
            span,
        }
    }

    /// Checks payload values against `expected` (`None` when the event is
    /// only known at run time) and packs several into a tuple. `what` names
    /// the target in messages ("event `e`", "creating `M`").
    pub(super) fn payload(
        &mut self,
        expected: Option<TypeId>,
        mut args: Vec<Expr>,
        span: Span,
        what: &str,
    ) -> Option<Expr> {
        let Some(expected) = expected else {
            return match args.len() {
                0 => None,
                1 => args.pop(),
                _ => {
                    let ty = self.intern(TypeKind::Tuple(args.iter().map(|a| a.ty).collect()));
                    Some(Expr {
                        kind: ExprKind::Tuple(args),
                        ty,
                        span,
                    })
                }
            };
        };
        if expected == TypeId::ERROR {
            return None;
        }
        match args.len() {
            0 => {
                if !self.types().same(expected, TypeId::NULL) {
                    let d = Diagnostic::error(
                        span,
                        format!(
                            "{what} needs a payload of type `{}`, but none is given",
                            self.ty(expected)
                        ),
                    );
                    self.err(d);
                }
                None
            }
            1 => {
                let arg = args.pop()?;
                let no_payload = expected == TypeId::NULL;
                Some(self.flow(expected, arg, |found, exp| {
                    if no_payload {
                        Diagnostic::error(
                            span,
                            format!("{what} takes no payload, but a `{found}` is given"),
                        )
                    } else {
                        Diagnostic::error(
                            span,
                            format!("{what} needs a payload of type `{exp}`, not `{found}`"),
                        )
                    }
                }))
            }
            n => {
                let elems = match self.types().kind(expected) {
                    TypeKind::Tuple(ts) => ts.clone(),
                    _ => {
                        let d = Diagnostic::error(
                            span,
                            format!(
                                "{what} takes {}, but {} given",
                                if expected == TypeId::NULL {
                                    "no payload".to_owned()
                                } else {
                                    format!("one payload value of type `{}`", self.ty(expected))
                                },
                                plural(n, "value")
                            ),
                        );
                        self.err(d);
                        return None;
                    }
                };
                if elems.len() != n {
                    let d = Diagnostic::error(
                        span,
                        format!(
                            "{what} takes {} (a payload of type `{}`), but {} given",
                            plural(elems.len(), "payload value"),
                            self.ty(expected),
                            plural(n, "value")
                        ),
                    );
                    self.err(d);
                    return None;
                }
                let mut packed = Vec::new();
                for (i, (arg, t)) in args.into_iter().zip(elems).enumerate() {
                    packed.push(self.flow(t, arg, |found, exp| {
                        Diagnostic::error(
                            span,
                            format!(
                                "payload value {} of {what} must be of type `{exp}`, not `{found}`",
                                i + 1
                            ),
                        )
                    }));
                }
                Some(Expr {
                    kind: ExprKind::Tuple(packed),
                    ty: expected,
                    span,
                })
            }
        }
    }
}
