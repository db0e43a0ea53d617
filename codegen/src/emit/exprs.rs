//! P expressions as Rust expressions. Every expression evaluates to an
//! owned value of its Rust type (P's value semantics: reading a variable
//! copies it, cheaply for persistent collections); failures become `?`
//! on `ctx.check(..., at!(line, col))`.

use super::bodies::Body;
use super::names;
use crate::sema::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

impl Body<'_, '_> {
    /// A variable or a field path of one (`x`, `self.rec.id`, `t.0`): the
    /// place itself, to read, borrow or assign.
    pub fn place(&mut self, x: &Expr) -> Option<TokenStream> {
        match &x.kind {
            ExprKind::Var(v) => Some(self.var(*v)),
            ExprKind::Field(inner, i) => {
                let base = self.place(inner)?;
                let f = self.field_access(inner.ty, *i);
                Some(quote!(#base.#f))
            }
            _ => None,
        }
    }

    pub fn var(&self, v: VarRef) -> TokenStream {
        match v {
            VarRef::Local(l) => {
                let n = &self.locals[l.index()];
                quote!(#n)
            }
            VarRef::Field(f) => {
                let owner = self.fun.owner.expect("fields belong to machines");
                let n = &self.e.field_names[owner.index()][f.index()];
                quote!(self.#n)
            }
        }
    }

    /// `.name` of a named tuple or `.0` of a tuple.
    pub fn field_access(&self, ty: TypeId, i: usize) -> TokenStream {
        match self.e.m.types.kind(ty) {
            TypeKind::NamedTuple(fields) => {
                let f = names::ident(&names::value_name(&fields[i].0));
                quote!(#f)
            }
            _ => {
                let i = Literal::usize_unsuffixed(i);
                quote!(#i)
            }
        }
    }

    /// A reference to the value of `x` (`&self.s`, or `&(temporary)`).
    pub fn borrow(&mut self, x: &Expr) -> TokenStream {
        match self.place(x) {
            Some(p) => quote!(&#p),
            None => {
                let v = self.expr(x);
                quote!(&#v)
            }
        }
    }

    /// `x` as the receiver of a method call: the place itself (the call
    /// borrows it), or a parenthesised value.
    pub fn recv(&mut self, x: &Expr) -> TokenStream {
        match self.place(x) {
            Some(p) => p,
            None => {
                let v = self.expr(x);
                quote!((#v))
            }
        }
    }

    pub fn expr(&mut self, x: &Expr) -> TokenStream {
        if let Some(p) = self.place(x) {
            return self.e.copy_of(p, x.ty);
        }
        let at = self.at(x.span);
        match &x.kind {
            ExprKind::Var(v) => {
                let v = self.var(*v);
                self.e.copy_of(v, x.ty)
            }
            ExprKind::Param(p) => {
                // Params are int or bool: the test case's value, by number.
                let i = p.index();
                if x.ty == TypeId::BOOL {
                    quote!(ctx.param(#i).bool())
                } else {
                    quote!(ctx.param(#i).int())
                }
            }
            ExprKind::Field(inner, i) => {
                // A field of a computed value: move it out of the temporary.
                let v = self.expr(inner);
                let f = self.field_access(inner.ty, *i);
                quote!((#v).#f)
            }
            ExprKind::EnumElem(e, i) => {
                let decl = &self.e.m.enums[e.index()];
                let ty = &self.e.type_names[&decl.ty];
                let mut scope = names::Scope::new();
                let v = decl
                    .elems
                    .iter()
                    .map(|el| scope.take(names::type_name(&el.name)))
                    .nth(*i)
                    .unwrap_or_default();
                let v = quote::format_ident!("{}", v);
                quote!(#ty::#v)
            }
            ExprKind::Event(id) => self.e.event_value(*id),
            ExprKind::Int(i) => {
                let l = Literal::i64_suffixed(*i);
                quote!(#l)
            }
            ExprKind::Float(f) => {
                let l = Literal::f64_unsuffixed(*f);
                quote!(PFloat(#l))
            }
            ExprKind::Bool(b) => quote!(#b),
            ExprKind::Format { parts, args } => self.format(parts, args),
            ExprKind::Null => quote!(()),
            ExprKind::Nondet { .. } => quote!(ctx.nondet()?),
            ExprKind::This => quote!(ctx.this()),
            ExprKind::Tuple(items) => {
                let items: Vec<_> = items.iter().map(|i| self.expr(i)).collect();
                quote!((#(#items,)*))
            }
            ExprKind::NamedTuple(items) => {
                let TypeKind::NamedTuple(fields) = self.e.m.types.kind(x.ty) else {
                    return quote!(());
                };
                let name = &self.e.type_names[&x.ty];
                let inits: Vec<_> = fields
                    .iter()
                    .zip(items)
                    .map(|((f, _), item)| {
                        let f = names::ident(&names::value_name(f));
                        let v = self.expr(item);
                        if f == v.to_string() {
                            quote!(#f)
                        } else {
                            quote!(#f: #v)
                        }
                    })
                    .collect();
                quote!(#name { #(#inits),* })
            }
            ExprKind::Index {
                collection,
                index,
                kind,
            } => {
                let c = self.borrow(collection);
                let (i, op) = match kind {
                    CollectionKind::Seq => (self.expr(index), quote!(ops::seq_get)),
                    CollectionKind::Set => (self.expr(index), quote!(ops::set_get)),
                    CollectionKind::Map => (self.borrow(index), quote!(ops::map_get)),
                };
                self.ctx_call(vec![c, i], |a| {
                    let (c, i) = (&a[0], &a[1]);
                    quote!(ctx.check(#op(#c, #i), #at)?)
                })
            }
            ExprKind::Keys(m) => {
                let m = self.recv(m);
                quote!(#m.keys().cloned().collect::<Seq<_>>())
            }
            ExprKind::Values(m) => {
                let m = self.recv(m);
                quote!(#m.values().cloned().collect::<Seq<_>>())
            }
            ExprKind::Sizeof(c, _) => {
                let c = self.recv(c);
                quote!((#c.len() as i64))
            }
            ExprKind::Default => self.e.default_value(x.ty),
            ExprKind::New { interface, payload } => {
                let k = &self.e.iface_consts[interface.index()];
                let name = &self.e.m.interface(*interface).name;
                let payload = match payload {
                    Some(p) => {
                        let v = self.expr(p);
                        // Dynamic: the machine the test binds `I` to may
                        // take a supertype of `I`'s payload type.
                        quote!(payload(PValue::to_value(&#v)))
                    }
                    None => quote!(None),
                };
                let receives = match &self.e.m.interface(*interface).receives {
                    EventSet::All => quote!(None),
                    EventSet::Only(events) => {
                        let ids = events.iter().map(|e| {
                            let k = &self.e.event_consts[e.index()];
                            quote!(Event::#k)
                        });
                        quote!(Some(&[#(#ids),*]))
                    }
                };
                self.ctx_call(vec![payload], |a| {
                    let p = &a[0];
                    quote!(ctx.create_interface(iface::#k, #name, #receives, #p, #at).await?)
                })
            }
            ExprKind::Call { fun, args } => self.call(*fun, args),
            ExprKind::Unary(op, v) => {
                let inner = self.expr(v);
                match (op, self.e.m.types.kind(v.ty)) {
                    (UnaryOp::Not, _) => quote!(!#inner),
                    (UnaryOp::Neg, TypeKind::Float) => quote!(PFloat(-(#inner).0)),
                    (UnaryOp::Neg, _) => quote!((#inner).wrapping_neg()),
                }
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, &at),
            ExprKind::In {
                item,
                collection,
                kind,
            } => {
                let i = self.borrow(item);
                let c = self.recv(collection);
                match kind {
                    CollectionKind::Map => quote!(#c.contains_key(#i)),
                    _ => quote!(#c.contains(#i)),
                }
            }
            ExprKind::Cast(v) => {
                let ty = self.e.rust_type(x.ty);
                let shown = self.e.m.types.display(x.ty);
                let v = self.borrow(v);
                self.ctx_call(vec![v], |a| {
                    let v = &a[0];
                    quote!(ctx.check(ops::cast::<#ty>(&PValue::to_value(#v), #shown), #at)?)
                })
            }
            ExprKind::Coerce(v, c) => {
                let inner = self.expr(v);
                match c {
                    Coercion::IntToFloat => quote!(PFloat(#inner as f64)),
                    Coercion::FloatToInt => quote!(((#inner).0 as i64)),
                    Coercion::EnumToInt => quote!((#inner as i64)),
                    Coercion::ToInterface => inner,
                }
            }
            ExprKind::Choose(None) => quote!(ctx.nondet()?),
            ExprKind::Choose(Some((c, kind))) => {
                let what = match kind {
                    ChooseKind::Int => {
                        let n = self.expr(c);
                        return self.ctx_call(vec![n], |a| {
                            let n = &a[0];
                            quote!(ctx.choose_int(#n, #at)?)
                        });
                    }
                    ChooseKind::Seq => "sequence",
                    ChooseKind::Set => "set",
                    ChooseKind::Map => "map",
                };
                let coll = self.expr(c);
                let pick = match kind {
                    ChooseKind::Seq => quote!(c[i].clone()),
                    ChooseKind::Set => quote!(c.iter().nth(i).cloned().unwrap_or_default()),
                    _ => quote!(c.keys().nth(i).cloned().unwrap_or_default()),
                };
                quote!({
                    let c = #coll;
                    let i = ctx.choose_index(c.len(), #what, #at)?;
                    #pick
                })
            }
            ExprKind::Upcast(v) if v.ty == TypeId::NULL && !matches!(v.kind, ExprKind::Null) => {
                // A call of a function without return type used as a value:
                // it runs, and the value is P's null.
                let call = self.expr(v);
                let null = self.e.default_value(x.ty);
                quote!({ #call; #null })
            }
            ExprKind::Upcast(v) => {
                let inner = self.expr(v);
                self.e.upcast(inner, v.ty, x.ty)
            }
        }
    }

    fn binary(&mut self, op: BinaryOp, a: &Expr, b: &Expr, at: &TokenStream) -> TokenStream {
        let kind = self.e.m.types.kind(a.ty).clone();
        if matches!(op, BinaryOp::And | BinaryOp::Or) {
            let (x, y) = (self.expr(a), self.expr(b));
            return match op {
                BinaryOp::And => quote!((#x && #y)),
                _ => quote!((#x || #y)),
            };
        }
        if matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        ) {
            // Copy values compare directly; others by reference, uncopied.
            let (x, y) = if self.e.is_copy(a.ty) && self.e.is_copy(b.ty) {
                (self.expr(a), self.expr(b))
            } else {
                (self.borrow(a), self.borrow(b))
            };
            return match op {
                BinaryOp::Eq => quote!((#x == #y)),
                BinaryOp::Ne => quote!((#x != #y)),
                BinaryOp::Lt => quote!((#x < #y)),
                BinaryOp::Le => quote!((#x <= #y)),
                BinaryOp::Gt => quote!((#x > #y)),
                _ => quote!((#x >= #y)),
            };
        }
        let (x, y) = (self.expr(a), self.expr(b));
        match kind {
            TypeKind::Float => match op {
                BinaryOp::Add => quote!(PFloat(#x.0 + #y.0)),
                BinaryOp::Sub => quote!(PFloat(#x.0 - #y.0)),
                BinaryOp::Mul => quote!(PFloat(#x.0 * #y.0)),
                BinaryOp::Div => quote!(PFloat(#x.0 / #y.0)),
                _ => quote!(PFloat(#x.0 % #y.0)),
            },
            TypeKind::String => match op {
                BinaryOp::Add => quote!(#x.concat(&#y)),
                _ => {
                    self.unsupported(a.span, "this string operator");
                    quote!(#x)
                }
            },
            _ => match op {
                BinaryOp::Add => quote!(#x.wrapping_add(#y)),
                BinaryOp::Sub => quote!(#x.wrapping_sub(#y)),
                BinaryOp::Mul => quote!(#x.wrapping_mul(#y)),
                BinaryOp::Div => self.ctx_call(vec![x, y], |a| {
                    let (x, y) = (&a[0], &a[1]);
                    quote!(ctx.check(ops::div(#x, #y), #at)?)
                }),
                _ => self.ctx_call(vec![x, y], |a| {
                    let (x, y) = (&a[0], &a[1]);
                    quote!(ctx.check(ops::rem(#x, #y), #at)?)
                }),
            },
        }
    }

    /// A string literal (no allocation: `PString::lit`) or `format(...)`,
    /// whose format string is split into pieces here rather than parsed
    /// at run time.
    fn format(&mut self, parts: &[FormatPart], args: &[Expr]) -> TokenStream {
        if args.is_empty() {
            let text: String = parts
                .iter()
                .map(|p| match p {
                    FormatPart::Text(t) => t.as_str(),
                    FormatPart::Arg(_) => "",
                })
                .collect();
            return quote!(PString::lit(#text));
        }
        let pieces = parts.iter().map(|p| match p {
            FormatPart::Text(t) => quote!(p_runtime::values::Piece::Text(#t)),
            FormatPart::Arg(n) => {
                let n = Literal::usize_unsuffixed(*n);
                quote!(p_runtime::values::Piece::Arg(#n))
            }
        });
        let args: Vec<_> = args.iter().map(|a| self.borrow(a)).collect();
        quote!(format_pieces(&[#(#pieces),*], &[#(#args),*]))
    }

    /// A call of a P function, `?` applied.
    pub fn call(&mut self, fun: FunId, args: &[Expr]) -> TokenStream {
        let name = self.e.fun_names[fun.index()].clone();
        let args: Vec<_> = args.iter().map(|a| self.expr(a)).collect();
        let callee = self.e.fun(fun);
        let method = callee.owner.is_some();
        let awaited = self.e.is_async(fun) && !self.in_monitor;
        let boxed = self.e.recursive.contains(&fun);
        self.ctx_call(args, |args| {
            let call = if method {
                quote!(self.#name(ctx, #(#args),*))
            } else {
                quote!(#name(ctx, #(#args),*))
            };
            match (awaited, boxed) {
                (true, true) => quote!(Box::pin(#call).await?),
                (true, false) => quote!(#call.await?),
                _ => quote!(#call?),
            }
        })
    }
}
