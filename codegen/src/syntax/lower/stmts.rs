//! Lowering of statements and l-values.

use super::{Lowered, Lowerer, Stop};
use crate::syntax::ast::*;
use crate::syntax::grammar::Rule;
use pest::iterators::Pair;

impl Lowerer<'_> {
    /// The statements among `p`'s children (a `function_body` or `block`);
    /// all are lowered so every error is reported.
    pub(super) fn lower_statements(&self, p: &Pair<'_, Rule>) -> Lowered<Vec<Stmt>> {
        let mut stmts = Vec::new();
        let mut failed = false;
        for c in p.clone().into_inner() {
            if !is_statement_rule(c.as_rule()) {
                continue;
            }
            match self.lower_statement(&c) {
                Ok(s) => stmts.push(s),
                Err(Stop) => failed = true,
            }
        }
        if failed {
            return Err(Stop);
        }
        Ok(stmts)
    }

    /// One of `statement`'s alternatives -> [`Stmt`]
    pub(super) fn lower_statement(&self, p: &Pair<'_, Rule>) -> Lowered<Stmt> {
        let span = self.span(p);
        let kind = self.nested(span, 1, || self.lower_statement_kind(p))?;
        Ok(Stmt { kind, span })
    }

    fn lower_statement_kind(&self, p: &Pair<'_, Rule>) -> Lowered<StmtKind> {
        Ok(match p.as_rule() {
            Rule::block => StmtKind::Block(self.lower_statements(p)?),
            Rule::assert_stmt | Rule::assume_stmt => {
                let mut exprs = self.child_exprs(p)?.into_iter();
                let cond = exprs.next().ok_or_else(|| self.internal(p, "condition"))?;
                let message = exprs.next();
                if p.as_rule() == Rule::assert_stmt {
                    StmtKind::Assert { cond, message }
                } else {
                    StmtKind::Assume { cond, message }
                }
            }
            Rule::print_stmt => StmtKind::Print(self.one_expr(p)?),
            Rule::return_stmt => StmtKind::Return(self.child_exprs(p)?.pop()),
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::while_stmt => StmtKind::While {
                cond: self.one_expr(p)?,
                body: Box::new(self.lower_loop_body(p)?),
            },
            Rule::foreach_stmt => StmtKind::Foreach {
                item: self.first_iden(p)?,
                collection: self.one_expr(p)?,
                body: Box::new(self.lower_loop_body(p)?),
            },
            Rule::if_stmt => self.lower_if_stmt(p)?,
            Rule::new_stmt => StmtKind::New {
                machine: self.first_iden(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::call_stmt => StmtKind::Call {
                fun: self.first_iden(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::raise_stmt => StmtKind::Raise {
                event: self.one_expr(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::send_stmt => {
                let mut exprs = self.child_exprs(p)?.into_iter();
                match (exprs.next(), exprs.next()) {
                    (Some(target), Some(event)) => StmtKind::Send {
                        target,
                        event,
                        args: self.lower_opt_args(p)?,
                    },
                    _ => return Err(self.internal(p, "send target and event")),
                }
            }
            Rule::announce_stmt => StmtKind::Announce {
                event: self.one_expr(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::goto_stmt => StmtKind::Goto {
                state: self.first_iden(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::receive_stmt => {
                let mut cases = Vec::new();
                for c in self.children(p, Rule::recv_case) {
                    cases.push(self.lower_recv_case(&c)?);
                }
                StmtKind::Receive(cases)
            }
            Rule::empty_stmt => StmtKind::Empty,
            Rule::misplaced_var => {
                return Err(self.error(
                    self.span(p),
                    "variable declarations must come before the statements of a function body \
                     (P allows `var` only at the start of a function)",
                ));
            }
            Rule::assign_stmt => self.lower_assign_stmt(p)?,
            Rule::invariant_stmt | Rule::loop_invariant => {
                let span = self.span(p);
                // The expression is checked by the grammar; later stages
                // only need to know that a verification construct is here.
                StmtKind::Verification(VerificationDecl {
                    keyword: "invariant".to_owned(),
                    name: None,
                    text: self.text_of(span).to_owned(),
                    span,
                })
            }
            _ => return Err(self.internal(p, "statement")),
        })
    }

    /// The body of a `while` or `foreach`. PVerifier loop invariants in the
    /// loop header become `invariant e;` statements at the start of a block
    /// around the body, which prints back as a loop P accepts.
    fn lower_loop_body(&self, p: &Pair<'_, Rule>) -> Lowered<Stmt> {
        let mut invariants = Vec::new();
        let mut body = None;
        for c in p.clone().into_inner() {
            if c.as_rule() == Rule::loop_invariant {
                invariants.push(self.lower_statement(&c)?);
            } else if is_statement_rule(c.as_rule()) {
                body = Some(self.lower_statement(&c)?);
            }
        }
        let body = body.ok_or_else(|| self.internal(p, "loop body"))?;
        let Some(first) = invariants.first() else {
            return Ok(body);
        };
        let span = first.span.to(body.span);
        invariants.push(body);
        Ok(Stmt {
            kind: StmtKind::Block(invariants),
            span,
        })
    }

    /// `if_stmt` -> [`StmtKind::If`]
    fn lower_if_stmt(&self, p: &Pair<'_, Rule>) -> Lowered<StmtKind> {
        let mut branches = p
            .clone()
            .into_inner()
            .filter(|c| is_statement_rule(c.as_rule()));
        let then = match branches.next() {
            Some(t) => Box::new(self.lower_statement(&t)?),
            None => return Err(self.internal(p, "then branch")),
        };
        let otherwise = match branches.next() {
            Some(e) => Some(Box::new(self.lower_statement(&e)?)),
            None => None,
        };
        Ok(StmtKind::If {
            cond: self.one_expr(p)?,
            then,
            otherwise,
        })
    }

    /// `recv_case` -> [`ReceiveCase`]
    fn lower_recv_case(&self, p: &Pair<'_, Rule>) -> Lowered<ReceiveCase> {
        Ok(ReceiveCase {
            events: self.lower_event_set(&self.child(p, Rule::event_list)?),
            handler: self.lower_anon_handler(&self.child(p, Rule::anon_handler)?)?,
            span: self.span(p),
        })
    }

    /// `assign_stmt` -> assignment, insert, add or remove
    fn lower_assign_stmt(&self, p: &Pair<'_, Rule>) -> Lowered<StmtKind> {
        let target = self.lower_lvalue(&self.child(p, Rule::lvalue)?)?;
        let op = p
            .clone()
            .into_inner()
            .find(|c| {
                matches!(
                    c.as_rule(),
                    Rule::assign_op | Rule::insert_op | Rule::remove_op
                )
            })
            .ok_or_else(|| self.internal(p, "assignment operator"))?;
        let mut exprs = self.child_exprs(&op)?.into_iter();
        let first = exprs.next().ok_or_else(|| self.internal(&op, "value"))?;
        Ok(match (op.as_rule(), exprs.next()) {
            (Rule::assign_op, _) => StmtKind::Assign {
                target,
                value: first,
            },
            (Rule::insert_op, Some(value)) => StmtKind::Insert {
                target,
                index: first,
                value,
            },
            (Rule::insert_op, None) => StmtKind::Add {
                target,
                value: first,
            },
            _ => StmtKind::Remove { target, key: first },
        })
    }

    /// `lvalue` -> a name with `.field`, `.0` and `[e]` accesses
    fn lower_lvalue(&self, p: &Pair<'_, Rule>) -> Lowered<Expr> {
        let mut inner = p.clone().into_inner();
        let root = inner
            .next()
            .ok_or_else(|| self.internal(p, "l-value name"))?;
        let ident = self.lower_iden(&root);
        let mut expr = Expr {
            span: ident.span,
            kind: ExprKind::Name(ident),
        };
        for suffix in inner {
            expr = self.nested(expr.span, 1, || self.apply_postfix(expr, &suffix))?;
        }
        Ok(expr)
    }

    /// The `expr` children of `p`, lowered.
    pub(super) fn child_exprs(&self, p: &Pair<'_, Rule>) -> Lowered<Vec<Expr>> {
        self.children(p, Rule::expr)
            .iter()
            .map(|e| self.lower_expr(e))
            .collect()
    }

    /// The first `expr` child of `p`, lowered.
    pub(super) fn one_expr(&self, p: &Pair<'_, Rule>) -> Lowered<Expr> {
        self.lower_expr(&self.child(p, Rule::expr)?)
    }

    /// The `args` child of `p`, if any, lowered.
    pub(super) fn lower_opt_args(&self, p: &Pair<'_, Rule>) -> Lowered<Vec<Expr>> {
        match p.clone().into_inner().find(|c| c.as_rule() == Rule::args) {
            Some(a) => self.child_exprs(&a),
            None => Ok(Vec::new()),
        }
    }
}

/// The rules that build a [`Stmt`].
fn is_statement_rule(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::block
            | Rule::assert_stmt
            | Rule::assume_stmt
            | Rule::print_stmt
            | Rule::return_stmt
            | Rule::break_stmt
            | Rule::continue_stmt
            | Rule::while_stmt
            | Rule::foreach_stmt
            | Rule::if_stmt
            | Rule::new_stmt
            | Rule::raise_stmt
            | Rule::send_stmt
            | Rule::announce_stmt
            | Rule::goto_stmt
            | Rule::receive_stmt
            | Rule::empty_stmt
            | Rule::misplaced_var
            | Rule::call_stmt
            | Rule::assign_stmt
            | Rule::invariant_stmt
    )
}
