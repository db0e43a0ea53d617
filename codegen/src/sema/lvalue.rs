//! Assignment targets (P's `lvalue` rule and `ExprVisitor.Visit*Lvalue`):
//! a variable, a field of a (named) tuple target, or an element of a seq or
//! map target. Enum elements, events and `param` globals are constants;
//! set elements are not assignable.

use super::body::Cx;
use super::model::*;
use crate::diag::Diagnostic;
use crate::syntax::ast;

impl Cx<'_, '_> {
    pub(super) fn lvalue(&mut self, e: &ast::Expr) -> Expr {
        use ast::ExprKind as E;
        let span = e.span;
        match &e.kind {
            E::Name(name) => {
                if let Some(v) = self.lookup_var(&name.name) {
                    return Expr {
                        kind: ExprKind::Var(v.var),
                        ty: v.ty,
                        span,
                    };
                }
                let msg = if self.ck.names.param(&name.name).is_some() {
                    format!(
                        "cannot assign to param `{}`: a param is read-only, its value set by the test case",
                        name.name
                    )
                } else if self.ck.names.enum_elem(&name.name).is_some() {
                    format!(
                        "cannot assign to enum element `{}`: enum elements are constants",
                        name.name
                    )
                } else if self.ck.names.event(&name.name).is_some() {
                    format!(
                        "cannot assign to event `{}`: events are not variables",
                        name.name
                    )
                } else {
                    format!("unknown variable `{}`", name.name)
                };
                self.err(Diagnostic::error(span, msg));
                Self::error_expr(span)
            }
            E::Field(inner, name) => {
                let inner = self.lvalue(inner);
                self.named_field(inner, name, span)
            }
            E::TupleField(inner, index) => {
                let inner = self.lvalue(inner);
                self.tuple_field(inner, index, span)
            }
            E::Index(c, i) => {
                let c = self.lvalue(c);
                let i = self.expr(i);
                self.index(c, i, span, true)
            }
            _ => {
                self.err(
                    Diagnostic::error(span, "cannot assign to this expression").with_note(
                        "only variables, tuple fields and seq or map elements can be assigned",
                    ),
                );
                Self::error_expr(span)
            }
        }
    }

    /// The name of an assignment target for messages, if it is a variable.
    pub(super) fn target_name(&self, target: &Expr) -> Option<String> {
        match target.kind {
            ExprKind::Var(VarRef::Local(l)) => Some(self.locals[l.index()].name.clone()),
            ExprKind::Var(VarRef::Field(f)) => {
                let m = self.owner?;
                Some(self.ck.m.machines[m.index()].fields[f.index()].name.clone())
            }
            _ => None,
        }
    }

    /// Where the variable an assignment target names was declared.
    pub(super) fn target_decl(&self, target: &Expr) -> Option<crate::source::Span> {
        match target.kind {
            ExprKind::Var(VarRef::Local(l)) => Some(self.locals[l.index()].span),
            ExprKind::Var(VarRef::Field(f)) => {
                let m = self.owner?;
                Some(self.ck.m.machines[m.index()].fields[f.index()].span)
            }
            _ => None,
        }
    }
}
