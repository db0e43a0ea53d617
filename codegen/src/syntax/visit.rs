//! A mutable walk over the syntax tree, and span erasure built on it.
//!
//! [`VisitMut`] has one method per node type; each default calls the
//! matching `walk_*` function, which visits the node's children. Override a
//! method to act on one kind of node and call `walk_*` to keep descending.
//! Every [`Span`] in the tree is passed to [`VisitMut::visit_span`].

use super::ast::*;
use crate::source::Span;

/// A mutable visitor over the syntax tree.
pub trait VisitMut {
    fn visit_span(&mut self, _span: &mut Span) {}
    fn visit_ident(&mut self, ident: &mut Ident) {
        self.visit_span(&mut ident.span);
    }
    fn visit_top_decl(&mut self, decl: &mut TopDecl) {
        walk_top_decl(self, decl);
    }
    fn visit_type(&mut self, ty: &mut TypeExpr) {
        walk_type(self, ty);
    }
    fn visit_fun(&mut self, fun: &mut FunDecl) {
        walk_fun(self, fun);
    }
    fn visit_stmt(&mut self, stmt: &mut Stmt) {
        walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &mut Expr) {
        walk_expr(self, expr);
    }
    fn visit_mod_expr(&mut self, expr: &mut ModExpr) {
        walk_mod_expr(self, expr);
    }
}

/// Returns a copy of `unit` with every span set to the default (empty,
/// file 0), so trees parsed from different text compare equal when only
/// their layout differs.
pub fn erase_spans(unit: &SourceUnit) -> SourceUnit {
    super::with_stack(|| {
        let mut unit = unit.clone();
        walk_unit(&mut Eraser, &mut unit);
        unit
    })
}

impl SourceUnit {
    /// This tree with all spans erased (see [`erase_spans`]).
    pub fn without_spans(&self) -> SourceUnit {
        erase_spans(self)
    }
}

struct Eraser;

impl VisitMut for Eraser {
    fn visit_span(&mut self, span: &mut Span) {
        *span = Span::default();
    }
}

pub fn walk_unit<V: VisitMut + ?Sized>(v: &mut V, unit: &mut SourceUnit) {
    v.visit_span(&mut unit.span);
    for d in &mut unit.decls {
        v.visit_top_decl(d);
    }
}

fn walk_int<V: VisitMut + ?Sized>(v: &mut V, lit: &mut IntLit) {
    v.visit_span(&mut lit.span);
}

fn walk_events<V: VisitMut + ?Sized>(v: &mut V, events: &mut [EventRef]) {
    for e in events {
        match e {
            EventRef::Named(i) => v.visit_ident(i),
            EventRef::Halt(s) | EventRef::Null(s) => v.visit_span(s),
        }
    }
}

fn walk_cardinality<V: VisitMut + ?Sized>(v: &mut V, c: &mut Option<Cardinality>) {
    if let Some(c) = c {
        walk_int(v, &mut c.bound);
        v.visit_span(&mut c.span);
    }
}

fn walk_verification<V: VisitMut + ?Sized>(v: &mut V, d: &mut VerificationDecl) {
    if let Some(n) = &mut d.name {
        v.visit_ident(n);
    }
    v.visit_span(&mut d.span);
}

pub fn walk_top_decl<V: VisitMut + ?Sized>(v: &mut V, decl: &mut TopDecl) {
    match decl {
        TopDecl::TypeDef(d) => {
            v.visit_ident(&mut d.name);
            if let Some(t) = &mut d.ty {
                v.visit_type(t);
            }
            v.visit_span(&mut d.span);
        }
        TopDecl::Enum(d) => {
            v.visit_ident(&mut d.name);
            for e in &mut d.elems {
                v.visit_ident(&mut e.name);
                if let Some(val) = &mut e.value {
                    walk_int(v, val);
                }
                v.visit_span(&mut e.span);
            }
            v.visit_span(&mut d.span);
        }
        TopDecl::Event(d) => {
            v.visit_ident(&mut d.name);
            walk_cardinality(v, &mut d.cardinality);
            if let Some(t) = &mut d.payload {
                v.visit_type(t);
            }
            v.visit_span(&mut d.span);
        }
        TopDecl::EventSet(d) => {
            v.visit_ident(&mut d.name);
            walk_events(v, &mut d.events);
            v.visit_span(&mut d.span);
        }
        TopDecl::Interface(d) => {
            v.visit_ident(&mut d.name);
            if let Some(t) = &mut d.payload {
                v.visit_type(t);
            }
            if let Some(r) = &mut d.receives {
                walk_events(v, r);
            }
            v.visit_span(&mut d.span);
        }
        TopDecl::Machine(d) => walk_machine(v, d),
        TopDecl::Fun(f) => v.visit_fun(f),
        TopDecl::Module(d) => {
            v.visit_ident(&mut d.name);
            v.visit_mod_expr(&mut d.expr);
            v.visit_span(&mut d.span);
        }
        TopDecl::Test(d) => {
            v.visit_ident(&mut d.name);
            if let Some(m) = &mut d.main {
                v.visit_ident(m);
            }
            v.visit_mod_expr(&mut d.module);
            if let Some(r) = &mut d.refines {
                v.visit_mod_expr(r);
            }
            if let Some(p) = &mut d.params {
                for (name, values) in &mut p.params {
                    v.visit_ident(name);
                    for e in values {
                        v.visit_expr(e);
                    }
                }
                if let Some(a) = &mut p.assume {
                    v.visit_expr(a);
                }
                v.visit_span(&mut p.span);
            }
            v.visit_span(&mut d.span);
        }
        TopDecl::Implementation(d) => {
            v.visit_ident(&mut d.name);
            if let Some(m) = &mut d.main {
                v.visit_ident(m);
            }
            v.visit_mod_expr(&mut d.module);
            v.visit_span(&mut d.span);
        }
        TopDecl::Param(d) => {
            for n in &mut d.names {
                v.visit_ident(n);
            }
            v.visit_type(&mut d.ty);
            v.visit_span(&mut d.span);
        }
        TopDecl::Verification(d) => walk_verification(v, d),
    }
}

fn walk_machine<V: VisitMut + ?Sized>(v: &mut V, d: &mut MachineDecl) {
    match &mut d.kind {
        MachineKind::Machine => {}
        MachineKind::Spec { observes } | MachineKind::Scenario { observes } => {
            walk_events(v, observes)
        }
    }
    v.visit_ident(&mut d.name);
    walk_cardinality(v, &mut d.cardinality);
    for list in d.receives.iter_mut().chain(d.sends.iter_mut()) {
        walk_events(v, list);
    }
    for item in &mut d.items {
        match item {
            MachineItem::Var(var) => walk_var(v, var),
            MachineItem::Fun(f) => v.visit_fun(f),
            MachineItem::State(s) => walk_state(v, s),
            MachineItem::Verification(x) => walk_verification(v, x),
        }
    }
    v.visit_span(&mut d.span);
}

fn walk_var<V: VisitMut + ?Sized>(v: &mut V, var: &mut VarDecl) {
    for n in &mut var.names {
        v.visit_ident(n);
    }
    v.visit_type(&mut var.ty);
    v.visit_span(&mut var.span);
}

fn walk_param<V: VisitMut + ?Sized>(v: &mut V, p: &mut Param) {
    v.visit_ident(&mut p.name);
    v.visit_type(&mut p.ty);
    v.visit_span(&mut p.span);
}

pub fn walk_fun<V: VisitMut + ?Sized>(v: &mut V, f: &mut FunDecl) {
    v.visit_ident(&mut f.name);
    for p in &mut f.params {
        walk_param(v, p);
    }
    if let Some(t) = &mut f.ret {
        v.visit_type(t);
    }
    for c in &mut f.creates {
        v.visit_ident(c);
    }
    if let Some(b) = &mut f.body {
        walk_body(v, b);
    }
    v.visit_span(&mut f.span);
}

fn walk_body<V: VisitMut + ?Sized>(v: &mut V, b: &mut FunBody) {
    for l in &mut b.locals {
        walk_var(v, l);
    }
    for s in &mut b.stmts {
        v.visit_stmt(s);
    }
    v.visit_span(&mut b.span);
}

fn walk_anon<V: VisitMut + ?Sized>(v: &mut V, a: &mut AnonFun) {
    if let Some(p) = &mut a.param {
        walk_param(v, p);
    }
    walk_body(v, &mut a.body);
    v.visit_span(&mut a.span);
}

fn walk_handler<V: VisitMut + ?Sized>(v: &mut V, h: &mut Handler) {
    match h {
        Handler::Named(i) => v.visit_ident(i),
        Handler::Anon(a) => walk_anon(v, a),
    }
}

fn walk_state<V: VisitMut + ?Sized>(v: &mut V, s: &mut StateDecl) {
    v.visit_ident(&mut s.name);
    for item in &mut s.items {
        match item {
            StateItem::Entry(h) | StateItem::Exit(h) => walk_handler(v, h),
            StateItem::Defer(events, span) | StateItem::Ignore(events, span) => {
                walk_events(v, events);
                v.visit_span(span);
            }
            StateItem::OnDo {
                events,
                handler,
                span,
            } => {
                walk_events(v, events);
                walk_handler(v, handler);
                v.visit_span(span);
            }
            StateItem::OnGoto {
                events,
                target,
                with,
                span,
            } => {
                walk_events(v, events);
                v.visit_ident(target);
                if let Some(h) = with {
                    walk_handler(v, h);
                }
                v.visit_span(span);
            }
        }
    }
    v.visit_span(&mut s.span);
}

pub fn walk_type<V: VisitMut + ?Sized>(v: &mut V, ty: &mut TypeExpr) {
    match &mut ty.kind {
        TypeExprKind::Seq(t) | TypeExprKind::Set(t) => v.visit_type(t),
        TypeExprKind::Map(k, t) => {
            v.visit_type(k);
            v.visit_type(t);
        }
        TypeExprKind::Tuple(ts) => ts.iter_mut().for_each(|t| v.visit_type(t)),
        TypeExprKind::NamedTuple(fs) => {
            for (n, t) in fs {
                v.visit_ident(n);
                v.visit_type(t);
            }
        }
        TypeExprKind::Named(i) => v.visit_ident(i),
        _ => {}
    }
    v.visit_span(&mut ty.span);
}

pub fn walk_stmt<V: VisitMut + ?Sized>(v: &mut V, stmt: &mut Stmt) {
    match &mut stmt.kind {
        StmtKind::Block(ss) => ss.iter_mut().for_each(|s| v.visit_stmt(s)),
        StmtKind::Assert { cond, message } | StmtKind::Assume { cond, message } => {
            v.visit_expr(cond);
            if let Some(m) = message {
                v.visit_expr(m);
            }
        }
        StmtKind::Print(e) => v.visit_expr(e),
        StmtKind::Return(e) => {
            if let Some(e) = e {
                v.visit_expr(e);
            }
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Empty => {}
        StmtKind::Assign { target, value }
        | StmtKind::Add { target, value }
        | StmtKind::Remove { target, key: value } => {
            v.visit_expr(target);
            v.visit_expr(value);
        }
        StmtKind::Insert {
            target,
            index,
            value,
        } => {
            v.visit_expr(target);
            v.visit_expr(index);
            v.visit_expr(value);
        }
        StmtKind::While { cond, body } => {
            v.visit_expr(cond);
            v.visit_stmt(body);
        }
        StmtKind::Foreach {
            item,
            collection,
            body,
        } => {
            v.visit_ident(item);
            v.visit_expr(collection);
            v.visit_stmt(body);
        }
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            v.visit_expr(cond);
            v.visit_stmt(then);
            if let Some(o) = otherwise {
                v.visit_stmt(o);
            }
        }
        StmtKind::New {
            machine: name,
            args,
        }
        | StmtKind::Call { fun: name, args } => {
            v.visit_ident(name);
            args.iter_mut().for_each(|a| v.visit_expr(a));
        }
        StmtKind::Goto { state, args } => {
            v.visit_ident(state);
            args.iter_mut().for_each(|a| v.visit_expr(a));
        }
        StmtKind::Raise { event, args } | StmtKind::Announce { event, args } => {
            v.visit_expr(event);
            args.iter_mut().for_each(|a| v.visit_expr(a));
        }
        StmtKind::Send {
            target,
            event,
            args,
        } => {
            v.visit_expr(target);
            v.visit_expr(event);
            args.iter_mut().for_each(|a| v.visit_expr(a));
        }
        StmtKind::Receive(cases) => {
            for c in cases {
                walk_events(v, &mut c.events);
                walk_anon(v, &mut c.handler);
                v.visit_span(&mut c.span);
            }
        }
        StmtKind::Verification(d) => walk_verification(v, d),
    }
    v.visit_span(&mut stmt.span);
}

pub fn walk_expr<V: VisitMut + ?Sized>(v: &mut V, expr: &mut Expr) {
    match &mut expr.kind {
        ExprKind::Name(i) => v.visit_ident(i),
        ExprKind::Tuple(es) => es.iter_mut().for_each(|e| v.visit_expr(e)),
        ExprKind::NamedTuple(fs) => {
            for (n, e) in fs {
                v.visit_ident(n);
                v.visit_expr(e);
            }
        }
        ExprKind::Paren(e)
        | ExprKind::Keys(e)
        | ExprKind::Values(e)
        | ExprKind::Sizeof(e)
        | ExprKind::Unary(_, e) => v.visit_expr(e),
        ExprKind::Field(e, i) => {
            v.visit_expr(e);
            v.visit_ident(i);
        }
        ExprKind::TupleField(e, n) => {
            v.visit_expr(e);
            walk_int(v, n);
        }
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) => {
            v.visit_expr(a);
            v.visit_expr(b);
        }
        ExprKind::Default(t) => v.visit_type(t),
        ExprKind::New {
            machine: name,
            args,
        }
        | ExprKind::Call { fun: name, args } => {
            v.visit_ident(name);
            args.iter_mut().for_each(|a| v.visit_expr(a));
        }
        ExprKind::Format { args, .. } => args.iter_mut().for_each(|a| v.visit_expr(a)),
        ExprKind::Cast(e, _, t) => {
            v.visit_expr(e);
            v.visit_type(t);
        }
        ExprKind::Choose(e) => {
            if let Some(e) = e {
                v.visit_expr(e);
            }
        }
        ExprKind::Int(_)
        | ExprKind::Float { .. }
        | ExprKind::FloatExp { .. }
        | ExprKind::Bool(_)
        | ExprKind::Str { .. }
        | ExprKind::Null
        | ExprKind::Nondet
        | ExprKind::FairNondet
        | ExprKind::Halt
        | ExprKind::This
        | ExprKind::Verification { .. } => {}
    }
    v.visit_span(&mut expr.span);
}

pub fn walk_mod_expr<V: VisitMut + ?Sized>(v: &mut V, m: &mut ModExpr) {
    match &mut m.kind {
        ModExprKind::Paren(e) => v.visit_mod_expr(e),
        ModExprKind::Primitive(bs) => {
            for b in bs {
                v.visit_ident(&mut b.machine);
                if let Some(i) = &mut b.interface {
                    v.visit_ident(i);
                }
                v.visit_span(&mut b.span);
            }
        }
        ModExprKind::Named(i) => v.visit_ident(i),
        ModExprKind::Compose(es) | ModExprKind::Union(es) => {
            es.iter_mut().for_each(|e| v.visit_mod_expr(e))
        }
        ModExprKind::HideEvents(events, e) => {
            walk_events(v, events);
            v.visit_mod_expr(e);
        }
        ModExprKind::HideInterfaces(names, e) | ModExprKind::Assert(names, e) => {
            names.iter_mut().for_each(|n| v.visit_ident(n));
            v.visit_mod_expr(e);
        }
        ModExprKind::Rename { from, to, module } => {
            v.visit_ident(from);
            v.visit_ident(to);
            v.visit_mod_expr(module);
        }
        ModExprKind::Main(n, e) => {
            v.visit_ident(n);
            v.visit_mod_expr(e);
        }
    }
    v.visit_span(&mut m.span);
}
