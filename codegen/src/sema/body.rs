//! Checking function bodies: the per-function context (scopes, locals, loop
//! depth, where effects happen) and the helpers every expression and
//! statement rule uses.
//!
//! P's scopes inside a function: parameters and locals share one scope (a
//! local may not reuse a parameter's name); a `receive` case opens a child
//! scope for its parameter and locals; then come the machine's fields.
//! Locals may shadow fields.

use super::model::*;
use super::{Checker, Facts, FunSource};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

/// The function being checked.
pub(super) struct Cx<'c, 'a> {
    pub(super) ck: &'c mut Checker<'a>,
    pub(super) fun: FunId,
    pub(super) owner: Option<MachineId>,
    pub(super) is_spec: bool,
    pub(super) ret: TypeId,
    pub(super) locals: Vec<Local>,
    scopes: Vec<Vec<(String, LocalId)>>,
    pub(super) loops: u32,
    pub(super) facts: Facts,
}

/// Where a variable was found.
pub(super) struct VarInfo {
    pub(super) var: VarRef,
    pub(super) ty: TypeId,
    pub(super) decl: Span,
}

impl<'a> Checker<'a> {
    pub(super) fn check_bodies(&mut self) {
        for i in 0..self.m.functions.len() {
            let body = match self.fun_src[i] {
                FunSource::Named(f) => f.body.as_ref(),
                FunSource::Anon(a) => Some(&a.body),
            };
            let id = FunId(i as u32);
            let Some(body) = body else {
                self.foreign_function(id);
                continue;
            };
            let mut cx = Cx::new(self, id);
            let block = cx.function_body(body);
            let returns = surely_returns(&block);
            let Cx { locals, facts, .. } = cx;
            let f = &mut self.m.functions[i];
            f.locals = locals;
            f.body = Some(block);
            self.facts[i] = facts;
            let f = &self.m.functions[i];
            if !returns && !self.m.types.same(f.ret, TypeId::NULL) {
                let d = Diagnostic::error(
                    f.span,
                    format!(
                        "function {} must return a value of type `{}` on every path",
                        self.fun_name(id),
                        self.ty(f.ret)
                    ),
                )
                .with_note("a loop never counts as returning; add a `return` after it");
                self.error(d);
            }
        }
    }
}

impl Checker<'_> {
    /// `fun F(x: int): int;`: P links a function declared without a body
    /// to C# or Java code; this tool has no such interface, so the
    /// function is reported where it is declared, by every command.
    fn foreign_function(&mut self, id: FunId) {
        let f = &self.m.functions[id.index()];
        let what = match f.owner {
            Some(m) => format!(
                "foreign function {} of machine `{}` (declared without a body)",
                self.fun_name(id),
                self.machine_name(m)
            ),
            None => format!(
                "foreign function {} (declared without a body)",
                self.fun_name(id)
            ),
        };
        let d = Diagnostic::error(f.span, format!("{what} is not supported by this tool"))
            .with_note("foreign code has no Rust interface here: give the function a P body");
        self.error(d);
    }
}

impl<'c, 'a> Cx<'c, 'a> {
    fn new(ck: &'c mut Checker<'a>, fun: FunId) -> Cx<'c, 'a> {
        let f = &ck.m.functions[fun.index()];
        let owner = f.owner;
        let is_spec = owner.is_some_and(|m| ck.m.machines[m.index()].is_spec());
        let ret = f.ret;
        let locals = f.locals.clone();
        let scope = locals
            .iter()
            .enumerate()
            .map(|(i, l)| (l.name.clone(), LocalId(i as u32)))
            .collect();
        Cx {
            ck,
            fun,
            owner,
            is_spec,
            ret,
            locals,
            scopes: vec![scope],
            loops: 0,
            facts: Facts::default(),
        }
    }

    fn function_body(&mut self, body: &ast::FunBody) -> Block {
        self.declare_locals(&body.locals);
        self.block(&body.stmts)
    }

    /// Adds `var` declarations to the innermost scope.
    pub(super) fn declare_locals(&mut self, decls: &[ast::VarDecl]) {
        for v in decls {
            let ty = self.ck.resolve_type(&v.ty);
            for name in &v.names {
                let scope = self.scopes.last().map(Vec::as_slice).unwrap_or_default();
                if let Some((_, first)) = scope.iter().find(|(n, _)| *n == name.name) {
                    let first = &self.locals[first.index()];
                    let what = if first.is_param {
                        format!(
                            "local variable `{}` has the same name as a parameter",
                            name.name
                        )
                    } else {
                        format!("variable `{}` is declared twice", name.name)
                    };
                    let d = Diagnostic::error(name.span, what)
                        .with_label(first.span, "first declared here");
                    self.err(d);
                    continue;
                }
                self.push_local(name, ty, false);
            }
        }
    }

    /// A new local in the innermost scope.
    pub(super) fn push_local(&mut self, name: &ast::Ident, ty: TypeId, is_param: bool) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: name.name.clone(),
            ty,
            is_param,
            span: name.span,
        });
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.name.clone(), id));
        }
        id
    }

    pub(super) fn open_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub(super) fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// A variable visible here: a local of an enclosing scope, then a field.
    pub(super) fn lookup_var(&self, name: &str) -> Option<VarInfo> {
        for scope in self.scopes.iter().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| n == name) {
                let l = &self.locals[id.index()];
                return Some(VarInfo {
                    var: VarRef::Local(*id),
                    ty: l.ty,
                    decl: l.span,
                });
            }
        }
        let m = self.owner?;
        let id = *self.ck.machine_scopes[m.index()].fields.get(name)?;
        let f = &self.ck.m.machines[m.index()].fields[id.index()];
        Some(VarInfo {
            var: VarRef::Field(id),
            ty: f.ty,
            decl: f.span,
        })
    }

    /// The function a call names: the machine's own, then a global one.
    pub(super) fn lookup_fun(&self, name: &str) -> Option<FunId> {
        if let Some(m) = self.owner {
            if let Some(f) = self.ck.machine_scopes[m.index()].methods.get(name) {
                return Some(*f);
            }
        }
        self.ck.names.function(name)
    }

    pub(super) fn err(&mut self, d: Diagnostic) {
        self.ck.error(d);
    }

    pub(super) fn ty(&self, t: TypeId) -> String {
        self.ck.ty(t)
    }

    pub(super) fn types(&self) -> &TypeTable {
        &self.ck.m.types
    }

    pub(super) fn intern(&mut self, k: TypeKind) -> TypeId {
        self.ck.m.types.intern(k)
    }

    /// The name of the function being checked, for messages.
    pub(super) fn fun_desc(&self) -> String {
        let f = &self.ck.m.functions[self.fun.index()];
        match (&f.name, f.roles) {
            (Some(n), _) => format!("function `{n}`"),
            (None, r) if r.entry => "this entry function".into(),
            (None, r) if r.exit => "this exit function".into(),
            (None, r) if r.transition => "this transition function".into(),
            (None, _) => "this event handler".into(),
        }
    }

    /// The placeholder for an expression whose error was reported.
    pub(super) fn error_expr(span: Span) -> Expr {
        Expr {
            kind: ExprKind::Default,
            ty: TypeId::ERROR,
            span,
        }
    }

    /// `e` as a value of its supertype `to`. A tuple or named-tuple literal
    /// is built at the target type, each field widened on its own, so that
    /// `(1, null)` stored into a `(int, machine)` is that tuple from the
    /// start and the literal's own type `(int, null)` never needs a value.
    pub(super) fn upcast(&mut self, e: Expr, to: TypeId) -> Expr {
        if e.ty == to || e.ty == TypeId::ERROR || to == TypeId::ERROR {
            return e;
        }
        let Expr { kind, ty, span } = e;
        match (kind, self.types().kind(to).clone()) {
            (ExprKind::Tuple(items), TypeKind::Tuple(targets)) if items.len() == targets.len() => {
                let items = items
                    .into_iter()
                    .zip(targets)
                    .map(|(item, t)| self.upcast(item, t))
                    .collect();
                Expr {
                    kind: ExprKind::Tuple(items),
                    ty: to,
                    span,
                }
            }
            (ExprKind::NamedTuple(items), TypeKind::NamedTuple(targets))
                if items.len() == targets.len() =>
            {
                let items = items
                    .into_iter()
                    .zip(targets)
                    .map(|(item, (_, t))| self.upcast(item, t))
                    .collect();
                Expr {
                    kind: ExprKind::NamedTuple(items),
                    ty: to,
                    span,
                }
            }
            (kind @ (ExprKind::Tuple(_) | ExprKind::NamedTuple(_)), _)
                if self.types().holds_null(ty) =>
            {
                // Into `any` or `data`: the literal needs a type of its own.
                let e = self.settle(Expr { kind, ty, span });
                self.upcast(e, to)
            }
            (kind, _) => Expr {
                kind: ExprKind::Upcast(Box::new(Expr { kind, ty, span })),
                ty: to,
                span,
            },
        }
    }

    /// `e` at a type that has a value representation. P types `null` as
    /// `null`, and a tuple literal holding it as, say, `(int, null)`, so
    /// that it fits every reference type; where such a value reaches no
    /// typed place (an `any`, a format argument, `==` between two such
    /// literals) each `null` in its type becomes `data`, the type of
    /// values without machine references, which holds P's null.
    pub(super) fn settle(&mut self, e: Expr) -> Expr {
        let t = self.settled_type(e.ty);
        self.upcast(e, t)
    }

    fn settled_type(&mut self, t: TypeId) -> TypeId {
        match self.types().kind(t).clone() {
            TypeKind::Null => TypeId::DATA,
            TypeKind::Tuple(ts) => {
                let ts = ts.into_iter().map(|t| self.settled_type(t)).collect();
                self.intern(TypeKind::Tuple(ts))
            }
            TypeKind::NamedTuple(fs) => {
                let fs = fs
                    .into_iter()
                    .map(|(n, t)| (n, self.settled_type(t)))
                    .collect();
                self.intern(TypeKind::NamedTuple(fs))
            }
            _ => t,
        }
    }

    /// Checks that `e` may flow into a place of type `to` and makes the
    /// conversion explicit; `mk(found, expected)` builds the error.
    pub(super) fn flow(
        &mut self,
        to: TypeId,
        e: Expr,
        mk: impl FnOnce(String, String) -> Diagnostic,
    ) -> Expr {
        if self.types().assignable(to, e.ty) {
            return self.upcast(e, to);
        }
        let mut d = mk(self.ty(e.ty), self.ty(to));
        if let ExprKind::Call { fun, .. } = &e.kind {
            if e.ty == TypeId::NULL {
                d = d.with_note(format!(
                    "{} has no return type, so its call has no value",
                    self.ck.fun_name(*fun)
                ));
            }
        }
        self.err(d);
        e
    }

    pub(super) fn stmt_loc(&self, span: Span) -> Loc {
        self.ck.loc(span)
    }
}

/// P's `FunctionValidator.SurelyReturns`: a block returns if one of its
/// statements does; `if` needs both branches; `return`, `goto`, `raise` and
/// `assert false` end the path; a `receive` returns if all its cases do.
/// Loops never count.
pub(super) fn surely_returns(b: &Block) -> bool {
    b.stmts.iter().any(stmt_returns)
}

fn stmt_returns(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Block(b) => surely_returns(b),
        StmtKind::If {
            then,
            otherwise: Some(e),
            ..
        } => surely_returns(then) && surely_returns(e),
        StmtKind::Return(_) | StmtKind::Goto { .. } | StmtKind::Raise { .. } => true,
        StmtKind::Assert { cond, .. } => matches!(cond.kind, ExprKind::Bool(false)),
        StmtKind::Receive(cases) => cases.iter().all(|c| surely_returns(&c.body)),
        _ => false,
    }
}
