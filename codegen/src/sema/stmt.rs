//! Statements (P's `StatementVisitor`, plus `ControlFlowChecker` for
//! `break`/`continue`). Event-related statements are in `events`.

use super::body::Cx;
use super::expr::Collection;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

impl Cx<'_, '_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        let mut out = Vec::new();
        for s in stmts {
            if let Some(s) = self.stmt(s) {
                out.push(s);
            }
        }
        Block { stmts: out }
    }

    /// A statement as a block (the body of a loop or branch).
    fn sub_block(&mut self, s: &ast::Stmt) -> Block {
        match &s.kind {
            ast::StmtKind::Block(stmts) => self.block(stmts),
            _ => Block {
                stmts: self.stmt(s).into_iter().collect(),
            },
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        use ast::StmtKind as S;
        let span = s.span;
        let kind = match &s.kind {
            S::Empty => return None,
            S::Block(stmts) => StmtKind::Block(self.block(stmts)),
            S::Assert { cond, message } => {
                let cond = self.condition(cond, "assert");
                let message = message.as_ref().map(|m| {
                    let m = self.expr(m);
                    if m.ty != TypeId::ERROR && !self.types().same(m.ty, TypeId::STRING) {
                        let d = Diagnostic::error(
                            m.span,
                            format!(
                                "the message of `assert` must be a `string`, not `{}`",
                                self.ty(m.ty)
                            ),
                        );
                        self.err(d);
                    }
                    m
                });
                StmtKind::Assert { cond, message }
            }
            S::Assume { .. } => {
                self.ck
                    .unsupported(span, "the verification-only statement `assume`");
                return None;
            }
            S::Print(e) => {
                let e = self.expr(e);
                if e.ty != TypeId::ERROR && !self.types().same(e.ty, TypeId::STRING) {
                    let d = Diagnostic::error(
                        e.span,
                        format!("`print` needs a `string`, not `{}`", self.ty(e.ty)),
                    )
                    .with_note("use `format(\"{0}\", value)` to turn a value into text");
                    self.err(d);
                }
                StmtKind::Print(e)
            }
            S::Return(value) => self.return_stmt(value.as_ref(), span),
            S::Break | S::Continue => {
                let word = if matches!(s.kind, S::Break) {
                    "break"
                } else {
                    "continue"
                };
                if self.loops == 0 {
                    self.err(Diagnostic::error(
                        span,
                        format!("`{word}` outside of a `while` or `foreach` loop"),
                    ));
                }
                if matches!(s.kind, S::Break) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            S::Assign { target, value } => {
                let target = self.lvalue(target);
                let value = self.expr(value);
                let name = self.target_name(&target);
                let decl = self.target_decl(&target);
                let value = self.flow(target.ty, value, |found, expected| {
                    let place = match &name {
                        Some(n) => format!("`{n}` of type `{expected}`"),
                        None => format!("a place of type `{expected}`"),
                    };
                    let d = Diagnostic::error(
                        span,
                        format!("cannot assign a value of type `{found}` to {place}"),
                    );
                    match (decl, &name) {
                        (Some(decl), Some(n)) => {
                            d.with_label(decl, format!("`{n}` declared here as `{expected}`"))
                        }
                        _ => d,
                    }
                });
                StmtKind::Assign { target, value }
            }
            S::Insert {
                target,
                index,
                value,
            } => return self.insert(target, index, value, span),
            S::Add { target, value } => return self.add(target, value, span),
            S::Remove { target, key } => return self.remove(target, key, span),
            S::While { cond, body } => {
                let cond = self.condition(cond, "while");
                self.loops += 1;
                let body = self.sub_block(body);
                self.loops -= 1;
                StmtKind::While { cond, body }
            }
            S::Foreach {
                item,
                collection,
                body,
            } => return self.foreach(item, collection, body, span),
            S::If {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.condition(cond, "if");
                let then = self.sub_block(then);
                let otherwise = otherwise.as_ref().map(|o| self.sub_block(o));
                StmtKind::If {
                    cond,
                    then,
                    otherwise,
                }
            }
            S::New { machine, args } => StmtKind::Expr(self.new_machine(machine, args, span)),
            S::Call { fun, args } => StmtKind::Expr(self.call(fun, args, span)),
            S::Raise { event, args } => self.raise(event, args, span)?,
            S::Send {
                target,
                event,
                args,
            } => self.send(target, event, args, span)?,
            S::Announce { event, args } => self.announce(event, args, span)?,
            S::Goto { state, args } => self.goto(state, args, span)?,
            S::Receive(cases) => self.receive(cases, span)?,
            S::Verification(v) => {
                self.ck.unsupported(
                    span,
                    &format!("the verification-only statement `{}`", v.keyword),
                );
                return None;
            }
        };
        Some(self.mk_stmt(kind, span))
    }

    pub(super) fn mk_stmt(&self, kind: StmtKind, span: Span) -> Stmt {
        Stmt {
            kind,
            span,
            loc: self.stmt_loc(span),
        }
    }

    /// A `bool` condition of `if`, `while` or `assert`.
    fn condition(&mut self, e: &ast::Expr, keyword: &str) -> Expr {
        let e = self.expr(e);
        if e.ty != TypeId::ERROR && !self.types().same(e.ty, TypeId::BOOL) {
            let d = Diagnostic::error(
                e.span,
                format!(
                    "the condition of `{keyword}` must be a `bool`, not `{}`",
                    self.ty(e.ty)
                ),
            );
            self.err(d);
        }
        e
    }

    fn return_stmt(&mut self, value: Option<&ast::Expr>, span: Span) -> StmtKind {
        let ret = self.ret;
        let Some(value) = value else {
            if !self.types().assignable(ret, TypeId::NULL) {
                let d = Diagnostic::error(
                    span,
                    format!(
                        "`return;` needs a value: {} returns `{}`",
                        self.fun_desc(),
                        self.ty(ret)
                    ),
                );
                self.err(d);
            }
            return StmtKind::Return(None);
        };
        let value = self.expr(value);
        if ret == TypeId::NULL && !self.types().assignable(ret, value.ty) {
            let d = Diagnostic::error(
                span,
                format!(
                    "{} has no return type, so `return` cannot give a value",
                    self.fun_desc()
                ),
            );
            self.err(d);
            return StmtKind::Return(Some(value));
        }
        let desc = self.fun_desc();
        let value = self.flow(ret, value, |found, expected| {
            Diagnostic::error(
                span,
                format!("{desc} must return a value of type `{expected}`, not `{found}`"),
            )
        });
        StmtKind::Return(Some(value))
    }

    /// A collection target of `+=`/`-=` and its kind.
    fn collection_target(&mut self, target: &ast::Expr) -> (Expr, Option<Collection>) {
        let t = self.lvalue(target);
        let kind = self.collection_kind(t.ty);
        (t, kind)
    }

    fn insert(
        &mut self,
        target: &ast::Expr,
        index: &ast::Expr,
        value: &ast::Expr,
        span: Span,
    ) -> Option<Stmt> {
        let (t, kind) = self.collection_target(target);
        let index = self.expr(index);
        let value = self.expr(value);
        if t.ty == TypeId::ERROR {
            return None;
        }
        let (kind, key, elem) = match kind {
            Some((CollectionKind::Seq, (k, e))) => (CollectionKind::Seq, k, e),
            Some((CollectionKind::Map, (k, v))) => (CollectionKind::Map, k, v),
            other => {
                let mut d = Diagnostic::error(
                    span,
                    format!(
                        "`+= (index, value)` inserts into a seq or a map, not a value of type `{}`",
                        self.ty(t.ty)
                    ),
                );
                if matches!(other, Some((CollectionKind::Set, _))) {
                    d = d.with_note("to add an element to a set, write `s += (value);`");
                }
                self.err(d);
                return None;
            }
        };
        let what = if kind == CollectionKind::Map {
            "key"
        } else {
            "index"
        };
        let index = self.flow(key, index, |found, expected| {
            Diagnostic::error(
                span,
                format!("the inserted {what} must be of type `{expected}`, not `{found}`"),
            )
        });
        let value = self.flow(elem, value, |found, expected| {
            Diagnostic::error(
                span,
                format!("the inserted value must be of type `{expected}`, not `{found}`"),
            )
        });
        Some(self.mk_stmt(
            StmtKind::Insert {
                target: t,
                index,
                value,
                kind,
            },
            span,
        ))
    }

    fn add(&mut self, target: &ast::Expr, value: &ast::Expr, span: Span) -> Option<Stmt> {
        let (t, kind) = self.collection_target(target);
        let value = self.expr(value);
        if t.ty == TypeId::ERROR {
            return None;
        }
        let Some((CollectionKind::Set, (elem, _))) = kind else {
            let mut d = Diagnostic::error(
                span,
                format!(
                    "`+= (value)` adds to a set, not to a value of type `{}`",
                    self.ty(t.ty)
                ),
            );
            if matches!(kind, Some((CollectionKind::Seq, _))) {
                d = d.with_note("to insert into a seq, write `s += (index, value);`");
            }
            self.err(d);
            return None;
        };
        let value = self.flow(elem, value, |found, expected| {
            Diagnostic::error(
                span,
                format!("the added element must be of type `{expected}`, not `{found}`"),
            )
        });
        Some(self.mk_stmt(StmtKind::Add { target: t, value }, span))
    }

    fn remove(&mut self, target: &ast::Expr, key: &ast::Expr, span: Span) -> Option<Stmt> {
        let (t, kind) = self.collection_target(target);
        let key = self.expr(key);
        if t.ty == TypeId::ERROR {
            return None;
        }
        let Some((kind, (k, _))) = kind else {
            let d = Diagnostic::error(
                span,
                format!(
                    "`-=` removes from a seq, set or map, not from a value of type `{}`",
                    self.ty(t.ty)
                ),
            );
            self.err(d);
            return None;
        };
        let what = match kind {
            CollectionKind::Seq => "the removed index",
            CollectionKind::Set => "the removed element",
            CollectionKind::Map => "the removed key",
        };
        let key = self.flow(k, key, |found, expected| {
            Diagnostic::error(
                span,
                format!("{what} must be of type `{expected}`, not `{found}`"),
            )
        });
        Some(self.mk_stmt(
            StmtKind::Remove {
                target: t,
                key,
                kind,
            },
            span,
        ))
    }

    fn foreach(
        &mut self,
        item: &ast::Ident,
        collection: &ast::Expr,
        body: &ast::Stmt,
        span: Span,
    ) -> Option<Stmt> {
        let var = self.lookup_var(&item.name);
        let c = self.expr(collection);
        self.loops += 1;
        let body = self.sub_block(body);
        self.loops -= 1;
        let Some(var) = var else {
            let d = if self.ck.names.param(&item.name).is_some() {
                Diagnostic::error(
                    item.span,
                    format!(
                        "cannot assign to param `{}`: a param is read-only, its value set by the test case",
                        item.name
                    ),
                )
            } else {
                Diagnostic::error(item.span, format!("unknown variable `{}`", item.name))
            };
            self.err(
                d.with_note("the loop variable of `foreach` must be declared with `var` first"),
            );
            return None;
        };
        if c.ty == TypeId::ERROR {
            return None;
        }
        let (kind, elem) = match self.collection_kind(c.ty) {
            Some((CollectionKind::Seq, (_, e))) => (CollectionKind::Seq, e),
            Some((CollectionKind::Set, (e, _))) => (CollectionKind::Set, e),
            other => {
                let mut d = Diagnostic::error(
                    c.span,
                    format!(
                        "`foreach` iterates over a seq or a set, not a value of type `{}`",
                        self.ty(c.ty)
                    ),
                );
                if matches!(other, Some((CollectionKind::Map, _))) {
                    d = d.with_note("iterate over `keys(m)` or `values(m)`");
                }
                self.err(d);
                return None;
            }
        };
        if var.ty != TypeId::ERROR && !self.types().same(elem, var.ty) {
            let d = Diagnostic::error(
                item.span,
                format!(
                    "the loop variable `{}` has type `{}`, but the elements are of type `{}`",
                    item.name,
                    self.ty(var.ty),
                    self.ty(elem)
                ),
            )
            .with_label(var.decl, format!("`{}` declared here", item.name));
            self.err(d);
        }
        Some(self.mk_stmt(
            StmtKind::Foreach {
                item: var.var,
                collection: c,
                kind,
                body,
            },
            span,
        ))
    }
}
