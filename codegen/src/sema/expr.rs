//! Expressions: names, literals, operators, collections, casts and
//! coercions (P's `ExprVisitor`). Calls and `new` are in `calls`.
//!
//! Every rule returns an [`Expr`]; after an error the result has type
//! [`TypeId::ERROR`], which every later check accepts, so one mistake gives
//! one message.

use super::body::Cx;
use super::format;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

/// A collection's kind with its key and element types (see
/// [`Cx::collection_kind`]).
pub(super) type Collection = (CollectionKind, (TypeId, TypeId));

/// The largest `choose(n)` literal P accepts.
const MAX_CHOOSE: u64 = 10_000;

impl Cx<'_, '_> {
    pub(super) fn expr(&mut self, e: &ast::Expr) -> Expr {
        use ast::ExprKind as E;
        let span = e.span;
        let mk = |kind, ty| Expr { kind, ty, span };
        match &e.kind {
            E::Name(name) => self.name_expr(name),
            E::Int(v) => self.int_literal(*v, span),
            E::Float { value, .. } => mk(ExprKind::Float(*value), TypeId::FLOAT),
            E::FloatExp { .. } => {
                self.ck
                    .unsupported(span, "the `float(mantissa, exponent)` literal");
                Self::error_expr(span)
            }
            E::Bool(b) => mk(ExprKind::Bool(*b), TypeId::BOOL),
            E::Str { raw } => self.format(raw, &[], span),
            E::Format { raw, args } => self.format(raw, args, span),
            E::Null => mk(ExprKind::Null, TypeId::NULL),
            E::Nondet | E::FairNondet => {
                let fair = matches!(e.kind, E::FairNondet);
                let op = if fair { "$$" } else { "$" };
                if self.is_spec {
                    self.spec_forbids(span, &format!("`{op}`"), "monitors must be deterministic");
                    return Self::error_expr(span);
                }
                self.facts.nondet.push(span);
                mk(ExprKind::Nondet { fair }, TypeId::BOOL)
            }
            E::Halt => mk(ExprKind::Event(EventId::HALT), TypeId::EVENT),
            E::This => self.this_expr(span),
            E::Tuple(items) => {
                let items: Vec<Expr> = items.iter().map(|i| self.expr(i)).collect();
                if items.iter().any(|i| i.ty == TypeId::ERROR) {
                    return Self::error_expr(span);
                }
                let ty = self.intern(TypeKind::Tuple(items.iter().map(|i| i.ty).collect()));
                mk(ExprKind::Tuple(items), ty)
            }
            E::NamedTuple(fields) => self.named_tuple(fields, span),
            E::Paren(inner) => self.expr(inner),
            E::Field(inner, name) => {
                let inner = self.expr(inner);
                self.named_field(inner, name, span)
            }
            E::TupleField(inner, index) => {
                let inner = self.expr(inner);
                self.tuple_field(inner, index, span)
            }
            E::Index(c, i) => {
                let c = self.expr(c);
                let i = self.expr(i);
                self.index(c, i, span, false)
            }
            E::Keys(m) | E::Values(m) => {
                let keys = matches!(e.kind, E::Keys(_));
                let m = self.expr(m);
                self.keys_values(m, keys, span)
            }
            E::Sizeof(c) => {
                let c = self.expr(c);
                match self.collection_kind(c.ty) {
                    _ if c.ty == TypeId::ERROR => Self::error_expr(span),
                    Some((kind, _)) => mk(ExprKind::Sizeof(Box::new(c), kind), TypeId::INT),
                    None => {
                        let d = Diagnostic::error(
                            c.span,
                            format!(
                                "`sizeof` needs a seq, set or map, not a value of type `{}`",
                                self.ty(c.ty)
                            ),
                        );
                        self.err(d);
                        Self::error_expr(span)
                    }
                }
            }
            E::Default(te) => {
                let ty = self.ck.resolve_type(te);
                mk(ExprKind::Default, ty)
            }
            E::New { machine, args } => self.new_machine(machine, args, span),
            E::Call { fun, args } => self.call(fun, args, span),
            E::Unary(op, inner) => {
                let inner = self.expr(inner);
                self.unary(*op, inner, span)
            }
            E::Binary(op, l, r) => self.binary(*op, l, r, span),
            E::Cast(inner, kind, te) => {
                let inner = self.expr(inner);
                let to = self.ck.resolve_type(te);
                match kind {
                    ast::CastKind::As => self.cast_as(inner, to, span),
                    ast::CastKind::To => self.coerce(inner, to, span),
                }
            }
            E::Choose(arg) => self.choose(arg.as_deref(), span),
            E::Verification { keyword, .. } => {
                self.ck.unsupported(
                    span,
                    &format!("the verification-only expression `{keyword}`"),
                );
                Self::error_expr(span)
            }
        }
    }

    /// Reports an operation a spec machine may not perform.
    pub(super) fn spec_forbids(&mut self, span: Span, what: &str, why: &str) {
        let name = self
            .owner
            .map(|m| self.ck.machine_name(m).to_owned())
            .unwrap_or_default();
        self.err(Diagnostic::error(
            span,
            format!("spec machine `{name}` cannot use {what}: {why}"),
        ));
    }

    fn name_expr(&mut self, name: &ast::Ident) -> Expr {
        let span = name.span;
        if let Some(v) = self.lookup_var(&name.name) {
            return Expr {
                kind: ExprKind::Var(v.var),
                ty: v.ty,
                span,
            };
        }
        if let Some(p) = self.ck.names.param(&name.name) {
            return Expr {
                kind: ExprKind::Param(p),
                ty: self.ck.m.params[p.index()].ty,
                span,
            };
        }
        if let Some((en, i)) = self.ck.names.enum_elem(&name.name) {
            let ty = self.ck.m.enums[en.index()].ty;
            return Expr {
                kind: ExprKind::EnumElem(en, i),
                ty,
                span,
            };
        }
        if let Some(ev) = self.ck.names.event(&name.name) {
            return Expr {
                kind: ExprKind::Event(ev),
                ty: TypeId::EVENT,
                span,
            };
        }
        if self.ck.unsupported_names.contains(&name.name) {
            return Self::error_expr(span);
        }
        let mut d = Diagnostic::error(
            span,
            format!(
                "unknown name `{}`: no variable, enum element or event has this name here",
                name.name
            ),
        );
        if self.owner.is_none() && self.other_machine_has_field(&name.name) {
            d = d.with_note("global functions cannot see the variables of machines");
        } else if self.other_machine_has_field(&name.name) {
            d = d.with_note("a machine cannot read the variables of another machine");
        }
        self.err(d);
        Self::error_expr(span)
    }

    fn other_machine_has_field(&self, name: &str) -> bool {
        self.ck
            .machine_scopes
            .iter()
            .enumerate()
            .any(|(i, s)| Some(MachineId(i as u32)) != self.owner && s.fields.contains_key(name))
    }

    fn int_literal(&mut self, v: u64, span: Span) -> Expr {
        if v > i32::MAX as u64 {
            self.err(
                Diagnostic::error(
                    span,
                    format!("the integer literal {v} does not fit in 32 bits"),
                )
                .with_note("P integer literals range from 0 to 2147483647"),
            );
            return Self::error_expr(span);
        }
        Expr {
            kind: ExprKind::Int(v as i64),
            ty: TypeId::INT,
            span,
        }
    }

    /// A string literal or `format(...)`: every literal is a format string.
    fn format(&mut self, raw: &str, args: &[ast::Expr], span: Span) -> Expr {
        let args: Vec<Expr> = args
            .iter()
            .map(|a| {
                let a = self.expr(a);
                if self.types().holds_null(a.ty) {
                    self.settle(a)
                } else {
                    a
                }
            })
            .collect();
        match format::parse(raw) {
            Err(e) => {
                self.err(Diagnostic::error(
                    span,
                    format!("malformed format string: {}", e.describe()),
                ));
                Self::error_expr(span)
            }
            Ok((_, needed)) if needed != args.len() => {
                let d = Diagnostic::error(
                    span,
                    format!(
                        "the format string uses {} but {} given",
                        plural(needed, "argument"),
                        were(args.len())
                    ),
                )
                .with_note("every P string literal is a format string: `{n}` is the n-th argument and `{{` a literal brace");
                self.err(d);
                Self::error_expr(span)
            }
            Ok((parts, _)) => Expr {
                kind: ExprKind::Format { parts, args },
                ty: TypeId::STRING,
                span,
            },
        }
    }

    fn this_expr(&mut self, span: Span) -> Expr {
        let Some(m) = self.owner else {
            self.err(Diagnostic::error(
                span,
                format!(
                    "`this` can only be used inside a machine, not in global {}",
                    self.fun_desc()
                ),
            ));
            return Self::error_expr(span);
        };
        if self.is_spec {
            self.spec_forbids(
                span,
                "`this`",
                "monitors are not machines that can be addressed",
            );
            return Self::error_expr(span);
        }
        let Some(i) = self.ck.m.machines[m.index()].interface else {
            return Self::error_expr(span);
        };
        let ty = self.intern(TypeKind::Permission(PermissionOrigin::Interface(i)));
        Expr {
            kind: ExprKind::This,
            ty,
            span,
        }
    }

    fn named_tuple(&mut self, fields: &[(ast::Ident, ast::Expr)], span: Span) -> Expr {
        let mut names: Vec<(String, TypeId)> = Vec::new();
        let mut values = Vec::new();
        let mut bad = false;
        for (name, value) in fields {
            let v = self.expr(value);
            if let Some((_, _)) = names.iter().find(|(n, _)| *n == name.name) {
                self.err(Diagnostic::error(
                    name.span,
                    format!("the named tuple has two fields named `{}`", name.name),
                ));
                bad = true;
            }
            bad |= v.ty == TypeId::ERROR;
            names.push((name.name.clone(), v.ty));
            values.push(v);
        }
        if bad {
            return Self::error_expr(span);
        }
        let ty = self.intern(TypeKind::NamedTuple(names));
        Expr {
            kind: ExprKind::NamedTuple(values),
            ty,
            span,
        }
    }

    /// `e.name` on a named tuple.
    pub(super) fn named_field(&mut self, inner: Expr, name: &ast::Ident, span: Span) -> Expr {
        if inner.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let msg = match self.types().kind(inner.ty).clone() {
            TypeKind::NamedTuple(fields) => {
                if let Some(i) = fields.iter().position(|(n, _)| *n == name.name) {
                    return self.field(inner, i, fields[i].1, span);
                }
                format!("type `{}` has no field `{}`", self.ty(inner.ty), name.name)
            }
            TypeKind::Tuple(_) => format!(
                "`.{}` on an unnamed tuple of type `{}`: its fields are read by position, as in `.0`",
                name.name,
                self.ty(inner.ty)
            ),
            _ => format!(
                "`.{}` needs a named tuple, not a value of type `{}`",
                name.name,
                self.ty(inner.ty)
            ),
        };
        self.err(Diagnostic::error(name.span, msg));
        Self::error_expr(span)
    }

    /// Field `i` (of type `ty`) of `inner`. Read straight off a literal
    /// holding `null`, the literal is settled first; reading the `null`
    /// itself that way (`(1, null).1`) is reported as unsupported, since
    /// the field's P type `null` would have no value to read.
    fn field(&mut self, inner: Expr, i: usize, ty: TypeId, span: Span) -> Expr {
        let literal = matches!(inner.kind, ExprKind::Tuple(_) | ExprKind::NamedTuple(_));
        let inner = if literal && self.types().holds_null(inner.ty) {
            if self.types().holds_null(ty) {
                self.ck.unsupported(
                    span,
                    "reading a field that holds `null` straight out of a tuple literal",
                );
                return Self::error_expr(span);
            }
            self.settle(inner)
        } else {
            inner
        };
        Expr {
            kind: ExprKind::Field(Box::new(inner), i),
            ty,
            span,
        }
    }

    /// `e.0` on an unnamed tuple.
    pub(super) fn tuple_field(&mut self, inner: Expr, index: &ast::IntLit, span: Span) -> Expr {
        if inner.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let msg = match self.types().kind(inner.ty).clone() {
            TypeKind::Tuple(elems) => {
                let i = index.value as usize;
                if let Some(&t) = elems.get(i) {
                    return self.field(inner, i, t, span);
                }
                format!(
                    "tuple of type `{}` has no field {}: it has {}",
                    self.ty(inner.ty),
                    index.value,
                    plural(elems.len(), "field")
                )
            }
            _ => format!(
                "`.{}` needs an unnamed tuple, not a value of type `{}`",
                index.value,
                self.ty(inner.ty)
            ),
        };
        self.err(Diagnostic::error(index.span, msg));
        Self::error_expr(span)
    }

    /// The kind of a collection type and its element (seq, set) or key and
    /// value (map) types.
    pub(super) fn collection_kind(&self, t: TypeId) -> Option<Collection> {
        match *self.types().kind(t) {
            TypeKind::Seq(e) => Some((CollectionKind::Seq, (TypeId::INT, e))),
            TypeKind::Set(e) => Some((CollectionKind::Set, (e, e))),
            TypeKind::Map(k, v) => Some((CollectionKind::Map, (k, v))),
            _ => None,
        }
    }

    /// `c[i]`, read (`write == false`) or as an assignment target.
    pub(super) fn index(&mut self, c: Expr, i: Expr, span: Span, write: bool) -> Expr {
        if c.ty == TypeId::ERROR || i.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let (kind, key, value) = match self.collection_kind(c.ty) {
            Some((CollectionKind::Set, _)) if write => {
                self.err(
                    Diagnostic::error(span, "cannot assign to an element of a set")
                        .with_note("sets are changed with `s += (v)` and `s -= v`"),
                );
                return Self::error_expr(span);
            }
            Some((CollectionKind::Seq, (_, e))) => (CollectionKind::Seq, TypeId::INT, e),
            Some((CollectionKind::Set, (e, _))) => (CollectionKind::Set, TypeId::INT, e),
            Some((CollectionKind::Map, (k, v))) => (CollectionKind::Map, k, v),
            None => {
                let d = Diagnostic::error(
                    c.span,
                    format!(
                        "cannot index a value of type `{}`: indexing needs a seq, set or map",
                        self.ty(c.ty)
                    ),
                );
                self.err(d);
                return Self::error_expr(span);
            }
        };
        let ok = self.types().assignable(key, i.ty);
        let i = self.flow(key, i, |found, expected| {
            let what = if kind == CollectionKind::Map {
                "map key"
            } else {
                "index"
            };
            Diagnostic::error(
                span,
                format!("the {what} must be of type `{expected}`, not `{found}`"),
            )
        });
        if !ok {
            return Self::error_expr(span);
        }
        Expr {
            kind: ExprKind::Index {
                collection: Box::new(c),
                index: Box::new(i),
                kind,
            },
            ty: value,
            span,
        }
    }

    fn keys_values(&mut self, m: Expr, keys: bool, span: Span) -> Expr {
        if m.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let op = if keys { "keys" } else { "values" };
        match *self.types().kind(m.ty) {
            TypeKind::Map(k, v) => {
                let ty = self.ck.m.types.seq(if keys { k } else { v });
                let kind = if keys {
                    ExprKind::Keys(Box::new(m))
                } else {
                    ExprKind::Values(Box::new(m))
                };
                Expr { kind, ty, span }
            }
            _ => {
                let d = Diagnostic::error(
                    m.span,
                    format!(
                        "`{op}` needs a map, not a value of type `{}`",
                        self.ty(m.ty)
                    ),
                );
                self.err(d);
                Self::error_expr(span)
            }
        }
    }

    fn unary(&mut self, op: ast::UnaryOp, inner: Expr, span: Span) -> Expr {
        if inner.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let (ok, op, sym, wants) = match op {
            ast::UnaryOp::Neg => (
                inner.ty == TypeId::INT || inner.ty == TypeId::FLOAT,
                UnaryOp::Neg,
                "-",
                "an `int` or `float`",
            ),
            ast::UnaryOp::Not => (inner.ty == TypeId::BOOL, UnaryOp::Not, "!", "a `bool`"),
        };
        if !ok {
            let d = Diagnostic::error(
                inner.span,
                format!(
                    "operator `{sym}` needs {wants} operand, not `{}`",
                    self.ty(inner.ty)
                ),
            );
            self.err(d);
            return Self::error_expr(span);
        }
        let ty = inner.ty;
        Expr {
            kind: ExprKind::Unary(op, Box::new(inner)),
            ty,
            span,
        }
    }

    fn choose(&mut self, arg: Option<&ast::Expr>, span: Span) -> Expr {
        if self.is_spec {
            self.spec_forbids(span, "`choose`", "monitors must be deterministic");
            return Self::error_expr(span);
        }
        self.facts.nondet.push(span);
        let Some(arg) = arg else {
            return Expr {
                kind: ExprKind::Choose(None),
                ty: TypeId::BOOL,
                span,
            };
        };
        let literal = literal_int(arg);
        let a = self.expr(arg);
        if a.ty == TypeId::ERROR {
            return Self::error_expr(span);
        }
        let (kind, ty) = match *self.types().kind(a.ty) {
            TypeKind::Seq(e) => (ChooseKind::Seq, e),
            TypeKind::Set(e) => (ChooseKind::Set, e),
            TypeKind::Map(k, _) => (ChooseKind::Map, k),
            TypeKind::Int => {
                if let Some(n) = literal.filter(|n| *n > MAX_CHOOSE) {
                    self.err(Diagnostic::error(
                        a.span,
                        format!("`choose({n})` exceeds the largest choice P allows, {MAX_CHOOSE}"),
                    ));
                    return Self::error_expr(span);
                }
                (ChooseKind::Int, TypeId::INT)
            }
            _ => {
                let d = Diagnostic::error(
                    a.span,
                    format!(
                        "`choose` takes nothing, an int or a collection, not a value of type `{}`",
                        self.ty(a.ty)
                    ),
                );
                self.err(d);
                return Self::error_expr(span);
            }
        };
        Expr {
            kind: ExprKind::Choose(Some((Box::new(a), kind))),
            ty,
            span,
        }
    }
}

/// The value of an int literal, looking through parentheses.
fn literal_int(e: &ast::Expr) -> Option<u64> {
    match &e.kind {
        ast::ExprKind::Int(v) => Some(*v),
        ast::ExprKind::Paren(inner) => literal_int(inner),
        _ => None,
    }
}

/// "1 argument", "2 arguments".
pub(super) fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "1 was", "2 were".
pub(super) fn were(n: usize) -> String {
    if n == 1 {
        "1 was".into()
    } else {
        format!("{n} were")
    }
}
