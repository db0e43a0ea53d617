//! Operators, `as` casts and `to` coercions (P's `ExprVisitor.VisitBinExpr`,
//! `VisitCastExpr`).
//!
//! P's operand rules: `+`, `-`, `*`, `/` and the orderings take two ints,
//! two floats or two strings; `%` two ints or two floats; `&&`/`||` two
//! bools; `==`/`!=` any two types one of which accepts the other; `in` an
//! item of the collection's element (seq, set) or key (map) type.

use super::body::Cx;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

impl Cx<'_, '_> {
    pub(super) fn binary(
        &mut self,
        op: ast::BinaryOp,
        l: &ast::Expr,
        r: &ast::Expr,
        span: Span,
    ) -> Expr {
        use ast::BinaryOp as B;
        let (sym, mop) = match op {
            B::Add => ("+", BinaryOp::Add),
            B::Sub => ("-", BinaryOp::Sub),
            B::Mul => ("*", BinaryOp::Mul),
            B::Div => ("/", BinaryOp::Div),
            B::Mod => ("%", BinaryOp::Mod),
            B::Lt => ("<", BinaryOp::Lt),
            B::Le => ("<=", BinaryOp::Le),
            B::Gt => (">", BinaryOp::Gt),
            B::Ge => (">=", BinaryOp::Ge),
            B::Eq => ("==", BinaryOp::Eq),
            B::Ne => ("!=", BinaryOp::Ne),
            B::And => ("&&", BinaryOp::And),
            B::Or => ("||", BinaryOp::Or),
            B::In => ("in", BinaryOp::Eq),
            B::Implies | B::Iff => {
                let sym = if op == B::Implies { "==>" } else { "<==>" };
                self.ck
                    .unsupported(span, &format!("the verification-only operator `{sym}`"));
                return Self::error_expr(span);
            }
        };
        let l = self.expr(l);
        let r = self.expr(r);
        if l.ty == TypeId::ERROR || r.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        match op {
            B::In => self.contains(l, r, span),
            B::Eq | B::Ne => self.equality(mop, sym, l, r, span),
            B::And | B::Or => {
                for side in [&l, &r] {
                    if side.ty != TypeId::BOOL {
                        let d = Diagnostic::error(
                            side.span,
                            format!(
                                "operator `{sym}` needs `bool` operands, not `{}`",
                                self.ty(side.ty)
                            ),
                        );
                        self.err(d);
                        return Self::error_expr(span);
                    }
                }
                self.bin(mop, l, r, TypeId::BOOL, span)
            }
            _ => {
                let numeric = l.ty == r.ty && (l.ty == TypeId::INT || l.ty == TypeId::FLOAT);
                let strings = l.ty == TypeId::STRING && r.ty == TypeId::STRING;
                let ok = numeric || (strings && op != B::Mod);
                if !ok {
                    let mixed = [l.ty, r.ty] == [TypeId::INT, TypeId::FLOAT]
                        || [l.ty, r.ty] == [TypeId::FLOAT, TypeId::INT];
                    let d = if mixed {
                        Diagnostic::error(
                            span,
                            format!("operator `{sym}` cannot mix `int` and `float`"),
                        )
                        .with_note("convert one operand with `to int` or `to float`")
                    } else {
                        let wants = if op == B::Mod {
                            "two ints or two floats"
                        } else {
                            "two ints, two floats or two strings"
                        };
                        Diagnostic::error(
                            span,
                            format!(
                                "operator `{sym}` cannot be applied to `{}` and `{}`",
                                self.ty(l.ty),
                                self.ty(r.ty)
                            ),
                        )
                        .with_note(format!("`{sym}` takes {wants}"))
                    };
                    self.err(d);
                    return Self::error_expr(span);
                }
                let ty = match op {
                    B::Lt | B::Le | B::Gt | B::Ge => TypeId::BOOL,
                    _ => l.ty,
                };
                self.bin(mop, l, r, ty, span)
            }
        }
    }

    fn bin(&self, op: BinaryOp, l: Expr, r: Expr, ty: TypeId, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Binary(op, Box::new(l), Box::new(r)),
            ty,
            span,
        }
    }

    /// `==`/`!=`: one side must accept the other; the narrower side is
    /// widened so both operands have one type.
    fn equality(&mut self, op: BinaryOp, sym: &str, l: Expr, r: Expr, span: Span) -> Expr {
        let (l, r) = if self.types().assignable(l.ty, r.ty) {
            let t = l.ty;
            (l, self.upcast(r, t))
        } else if self.types().assignable(r.ty, l.ty) {
            let t = r.ty;
            (self.upcast(l, t), r)
        } else {
            let d = Diagnostic::error(
                span,
                format!(
                    "cannot compare `{}` with `{}` using `{sym}`: neither type accepts the other",
                    self.ty(l.ty),
                    self.ty(r.ty)
                ),
            );
            self.err(d);
            return Self::error_expr(span);
        };
        // Two literals holding `null` (`(1, null) == (1, null)`) compare as
        // values of a type that can hold them.
        let (l, r) = if l.ty != TypeId::NULL && self.types().holds_null(l.ty) {
            let (l, r) = (self.settle(l), self.settle(r));
            let t = l.ty;
            (l, self.upcast(r, t))
        } else {
            (l, r)
        };
        self.bin(op, l, r, TypeId::BOOL, span)
    }

    /// `x in c`
    fn contains(&mut self, item: Expr, c: Expr, span: Span) -> Expr {
        let Some((kind, (key, value))) = self.collection_kind(c.ty) else {
            let d = Diagnostic::error(
                c.span,
                format!(
                    "`in` needs a seq, set or map on its right, not a value of type `{}`",
                    self.ty(c.ty)
                ),
            );
            self.err(d);
            return Self::error_expr(span);
        };
        // A seq's "key" is its int index; membership looks at its elements.
        let elem = if kind == CollectionKind::Seq {
            value
        } else {
            key
        };
        let ok = self.types().assignable(elem, item.ty);
        let coll = self.ty(c.ty);
        let item = self.flow(elem, item, |found, expected| {
            let what = if kind == CollectionKind::Map {
                "key"
            } else {
                "element"
            };
            Diagnostic::error(
                span,
                format!(
                    "cannot look for a `{found}` in a `{coll}`: its {what}s are of type `{expected}`"
                ),
            )
        });
        if !ok {
            return Self::error_expr(span);
        }
        Expr {
            kind: ExprKind::In {
                item: Box::new(item),
                collection: Box::new(c),
                kind,
            },
            ty: TypeId::BOOL,
            span,
        }
    }

    /// `e as T`: legal when either type accepts the other; a narrowing cast
    /// is checked at run time.
    pub(super) fn cast_as(&mut self, e: Expr, to: TypeId, span: Span) -> Expr {
        if e.ty == TypeId::ERROR || to == TypeId::ERROR {
            return Self::error_expr(span);
        }
        if e.ty == to {
            return e;
        }
        if self.types().assignable(to, e.ty) {
            return self.upcast(e, to);
        }
        if !self.types().assignable(e.ty, to) {
            let d = Diagnostic::error(
                span,
                format!(
                    "cannot cast `{}` to `{}` with `as`: neither type accepts the other",
                    self.ty(e.ty),
                    self.ty(to)
                ),
            );
            self.err(d);
            return Self::error_expr(span);
        }
        Expr {
            kind: ExprKind::Cast(Box::new(e)),
            ty: to,
            span,
        }
    }

    /// `e to T`: enum -> int, int <-> float, machine or interface ->
    /// interface (the target's events must be among the source's).
    pub(super) fn coerce(&mut self, e: Expr, to: TypeId, span: Span) -> Expr {
        if e.ty == TypeId::ERROR || to == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let from = self.types().kind(e.ty).clone();
        let target = self.types().kind(to).clone();
        let to_perm = matches!(target, TypeKind::Permission(_));
        if !(to_perm || to == TypeId::INT || to == TypeId::FLOAT) {
            let d = Diagnostic::error(
                span,
                format!(
                    "`to` converts to `int`, `float` or an interface, not to `{}`",
                    self.ty(to)
                ),
            );
            self.err(d);
            return Self::error_expr(span);
        }
        let conv = match (&from, &target) {
            (TypeKind::Int, TypeKind::Int) | (TypeKind::Float, TypeKind::Float) => return e,
            (TypeKind::Int, TypeKind::Float) => Some(Coercion::IntToFloat),
            (TypeKind::Float, TypeKind::Int) => Some(Coercion::FloatToInt),
            (TypeKind::Enum(_), TypeKind::Int) => Some(Coercion::EnumToInt),
            (TypeKind::Machine, TypeKind::Permission(_)) => Some(Coercion::ToInterface),
            (TypeKind::Permission(_), TypeKind::Permission(_)) => {
                if self.types().same(e.ty, to) {
                    return self.upcast(e, to);
                }
                let have = self.types().allowed_permissions(e.ty).unwrap_or_default();
                let want = self.types().allowed_permissions(to).unwrap_or_default();
                if let Some(missing) = want.iter().find(|ev| !have.contains(ev)) {
                    let d = Diagnostic::error(
                        span,
                        format!(
                            "cannot convert `{}` to `{}`: `{}` accepts event `{}`, which `{}` does not",
                            self.ty(e.ty),
                            self.ty(to),
                            self.ty(to),
                            self.ck.event_name(*missing),
                            self.ty(e.ty)
                        ),
                    );
                    self.err(d);
                    return Self::error_expr(span);
                }
                Some(Coercion::ToInterface)
            }
            _ => None,
        };
        let Some(conv) = conv else {
            let d = Diagnostic::error(
                span,
                format!("cannot convert `{}` to `{}` with `to`", self.ty(e.ty), self.ty(to)),
            )
            .with_note(
                "`to` converts enums and floats to int, ints to float, and machine references to interfaces",
            );
            self.err(d);
            return Self::error_expr(span);
        };
        Expr {
            kind: ExprKind::Coerce(Box::new(e), conv),
            ty: to,
            span,
        }
    }
}
