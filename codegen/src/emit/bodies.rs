//! P functions as Rust functions: signatures, local declarations and
//! statements (assignments through nested places, collection updates,
//! loops, `receive`, `send`, `raise`, `goto`, asserts).

use super::Emitter;
use super::names;
use crate::diag::Diagnostic;
use crate::sema::model::*;
use crate::source::Span;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

/// Where a function runs, which decides the type of its `ctx`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// A machine's method: `ctx: &mut Ctx<Event>`.
    Machine,
    /// A spec monitor's method: `ctx: &mut MonitorCtx<'_>`.
    Monitor,
    /// A global function needing a machine: `ctx: &mut Ctx<Event>`.
    GlobalCtx,
    /// A global function that only prints and fails: generic over `Env`.
    GlobalEnv,
}

/// An assignable place: index evaluations, element bindings, the place.
struct Place {
    evals: Vec<TokenStream>,
    binds: Vec<TokenStream>,
    place: TokenStream,
}

/// Emission state of one function body.
pub struct Body<'e, 'm> {
    pub e: &'e Emitter<'m>,
    pub fun: &'m Function,
    pub locals: Vec<Ident>,
    pub in_monitor: bool,
    pub diags: Vec<Diagnostic>,
    tmp: u32,
}

impl<'e, 'm> Body<'e, 'm> {
    pub fn new(e: &'e Emitter<'m>, fun: &'m Function, in_monitor: bool) -> Body<'e, 'm> {
        let mut scope = names::Scope::new();
        let locals = fun
            .locals
            .iter()
            .map(|l| names::ident(&scope.take(names::value_name(&l.name))))
            .collect();
        Body {
            e,
            fun,
            locals,
            in_monitor,
            diags: Vec::new(),
            tmp: 0,
        }
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::error(
            span,
            format!("{what} is not supported by the Rust code generator"),
        ));
    }

    /// `at!(line, col)`: the P location of a span, for bug reports.
    pub fn at(&self, span: Span) -> TokenStream {
        let (l, c) = self.e.line_col(span);
        let (l, c) = (Literal::u32_unsuffixed(l), Literal::u32_unsuffixed(c));
        quote!(at!(#l, #c))
    }

    /// A call on `ctx` whose arguments may themselves use `ctx` (a nested
    /// `choose`, a checked index, a call): such arguments are evaluated
    /// into locals first, in order, so `ctx` is borrowed once at a time.
    pub fn ctx_call(
        &mut self,
        args: Vec<TokenStream>,
        call: impl FnOnce(&[TokenStream]) -> TokenStream,
    ) -> TokenStream {
        // `ctx.this()` only reads, which a two-phase borrow allows.
        let mutates = |a: &TokenStream| a.to_string().replace("ctx . this ()", "").contains("ctx");
        if !args.iter().any(mutates) {
            return call(&args);
        }
        let names: Vec<Ident> = args.iter().map(|_| self.fresh("a")).collect();
        let uses: Vec<TokenStream> = names.iter().map(|n| quote!(#n)).collect();
        let call = call(&uses);
        quote!({ #(let #names = #args;)* #call })
    }

    fn fresh(&mut self, what: &str) -> Ident {
        self.tmp += 1;
        format_ident!("tmp_{}{}", what, self.tmp)
    }

    /// The function's body: locals at their defaults, then the statements.
    pub fn body(&mut self) -> TokenStream {
        let fun = self.fun;
        let mut out = TokenStream::new();
        for (i, l) in fun.locals.iter().enumerate().skip(fun.params) {
            let n = &self.locals[i];
            let ty = self.e.rust_type(l.ty);
            let v = self.e.default_value(l.ty);
            out.extend(quote!(let mut #n: #ty = #v;));
        }
        let Some(block) = &fun.body else {
            return out;
        };
        let n = block.stmts.len();
        for (i, s) in block.stmts.iter().enumerate() {
            // A final `return x;` becomes the tail expression `Ok(x)`.
            if i + 1 == n {
                if let StmtKind::Return(v) = &s.kind {
                    let v = match v {
                        Some(v) => self.expr(v),
                        None => quote!(()),
                    };
                    out.extend(quote!(Ok(#v)));
                    return out;
                }
            }
            out.extend(self.stmt(s));
        }
        let diverges = block.stmts.last().is_some_and(|s| {
            matches!(
                s.kind,
                StmtKind::Raise { .. } | StmtKind::Goto { .. } | StmtKind::Return(_)
            )
        });
        if fun.ret == TypeId::NULL {
            if !diverges {
                out.extend(quote!(Ok(())));
            }
        } else if !diverges {
            // The checker proved every path returns; the compiler cannot
            // always see it (e.g. through `while (true)`).
            out.extend(quote!(unreachable!(
                "every path of a P function with a return type returns"
            )));
        }
        out
    }

    fn block(&mut self, b: &Block) -> TokenStream {
        let stmts: Vec<_> = b.stmts.iter().map(|s| self.stmt(s)).collect();
        quote!({ #(#stmts)* })
    }

    fn stmt(&mut self, s: &Stmt) -> TokenStream {
        let at = self.at(s.span);
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Assert { cond, message } => {
                let c = self.expr(cond);
                let fail = match message {
                    Some(m) => match literal_text(m) {
                        Some(text) => quote!(ctx.assert_failed(Some(#text), #at)),
                        None => {
                            let m = self.expr(m);
                            self.ctx_call(vec![m], |a| {
                                let m = &a[0];
                                quote!(ctx.assert_failed(Some(#m.as_str()), #at))
                            })
                        }
                    },
                    None => quote!(ctx.assert_failed(None, #at)),
                };
                quote!(if !#c { return Err(#fail); })
            }
            StmtKind::Print(v) => match literal_text(v) {
                Some(text) => quote!(ctx.print(#text);),
                None => {
                    let v = self.expr(v);
                    let call = self.ctx_call(vec![v], |a| {
                        let v = &a[0];
                        quote!(ctx.print(#v.as_str()))
                    });
                    quote!(#call;)
                }
            },
            StmtKind::Return(v) => match v {
                Some(v) => {
                    let v = self.expr(v);
                    quote!(return Ok(#v);)
                }
                None => quote!(return Ok(());),
            },
            StmtKind::Break => quote!(break;),
            StmtKind::Continue => quote!(continue;),
            StmtKind::Assign { target, value } => self.assign(target, value, &at),
            StmtKind::Insert {
                target,
                index,
                value,
                kind,
            } => {
                let Place {
                    evals,
                    binds,
                    place,
                } = self.lvalue(target);
                let i = self.expr(index);
                let v = self.expr(value);
                let op = match kind {
                    CollectionKind::Map => quote!(ops::map_add),
                    _ => quote!(ops::seq_insert),
                };
                let (ti, tv) = (self.fresh("i"), self.fresh("v"));
                quote!({ #(#evals)* let #ti = #i; let #tv = #v; #(#binds)* ctx.check(#op(&mut #place, #ti, #tv), #at)?; })
            }
            StmtKind::Add { target, value } => {
                let Place {
                    evals,
                    binds,
                    place,
                } = self.lvalue(target);
                let v = self.expr(value);
                let tv = self.fresh("v");
                quote!({ #(#evals)* let #tv = #v; #(#binds)* #place.insert(#tv); })
            }
            StmtKind::Remove { target, key, kind } => {
                let Place {
                    evals,
                    binds,
                    place,
                } = self.lvalue(target);
                let k = self.expr(key);
                let tk = self.fresh("k");
                let op = match kind {
                    CollectionKind::Seq => {
                        quote!(ctx.check(ops::seq_remove(&mut #place, #tk), #at)?;)
                    }
                    _ => quote!(#place.remove(&#tk);),
                };
                quote!({ #(#evals)* let #tk = #k; #(#binds)* #op })
            }
            StmtKind::While { cond, body } => {
                let c = self.expr(cond);
                let b = self.block(body);
                quote!(while #c #b)
            }
            StmtKind::Foreach {
                item,
                collection,
                body,
                ..
            } => {
                // `foreach (k in keys(m))` walks a snapshot of the map's
                // keys: an O(1) copy of the map, not a sequence built first.
                let c = match &collection.kind {
                    ExprKind::Keys(m) => {
                        let m = self.expr(m);
                        quote!(#m.keys())
                    }
                    _ => {
                        let c = self.expr(collection);
                        quote!(#c.iter())
                    }
                };
                let var = self.var(*item);
                let b = self.block(body);
                let t = self.fresh("item");
                quote!(for #t in #c { #var = #t.clone(); #b })
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let c = self.expr(cond);
                let t = self.block(then);
                match otherwise {
                    Some(o) => {
                        let o = self.block(o);
                        quote!(if #c #t else #o)
                    }
                    None => quote!(if #c #t),
                }
            }
            StmtKind::Expr(x) => {
                let v = self.expr(x);
                quote!(#v;)
            }
            StmtKind::Raise { event, payload } => {
                let ev = self.event(event, payload.as_ref(), &at);
                quote!(return Err(Ctl::Raise(#ev));)
            }
            StmtKind::Send {
                target,
                event,
                payload,
            } => {
                let t = self.expr(target);
                let ev = self.event(event, payload.as_ref(), &at);
                let call = self.ctx_call(vec![t, ev], |a| {
                    let (t, ev) = (&a[0], &a[1]);
                    quote!(ctx.send(#t, #ev, #at).await?)
                });
                quote!(#call;)
            }
            StmtKind::Announce { event, payload } => {
                let ev = self.event(event, payload.as_ref(), &at);
                let call = self.ctx_call(vec![ev], |a| {
                    let ev = &a[0];
                    quote!(ctx.announce(#ev, #at)?)
                });
                quote!(#call;)
            }
            StmtKind::Goto { state, payload } => {
                let owner = self.fun.owner.expect("goto is inside a machine");
                let st = &self.e.state_consts[owner.index()][state.index()];
                let p = match payload {
                    Some(p) => {
                        let v = self.expr(p);
                        quote!(payload(#v))
                    }
                    None => quote!(None),
                };
                quote!(return goto(Self::#st, #p);)
            }
            StmtKind::Receive(cases) => self.receive(cases),
        }
    }

    /// An event with its payload: `Event::ESend(payload)` when the event is
    /// a constant, else built at run time from the event value.
    fn event(&mut self, event: &Expr, payload: Option<&Expr>, at: &TokenStream) -> TokenStream {
        if let ExprKind::Event(id) = event.kind {
            let v = &self.e.event_variants[id.index()];
            let decl = self.e.m.event(id);
            return match payload {
                Some(p) if decl.payload != TypeId::NULL => {
                    let from = p.ty;
                    let p = self.expr(p);
                    let p = self.e.upcast(p, from, decl.payload);
                    quote!(Event::#v(#p))
                }
                _ => quote!(Event::#v),
            };
        }
        let ev = self.expr(event);
        let p = match payload {
            Some(p) => {
                let v = self.expr(p);
                self.e.upcast(v, p.ty, TypeId::ANY)
            }
            None => quote!(Value::Null),
        };
        self.ctx_call(vec![ev, p], |a| {
            let (ev, p) = (&a[0], &a[1]);
            quote!(ctx.check(Event::from_dynamic(#ev, #p), #at)?)
        })
    }

    fn assign(&mut self, target: &Expr, value: &Expr, at: &TokenStream) -> TokenStream {
        // A map entry or seq element as the last step inserts/overwrites or
        // replaces through the runtime's checked operations.
        if let ExprKind::Index {
            collection,
            index,
            kind,
        } = &target.kind
        {
            if matches!(kind, CollectionKind::Map | CollectionKind::Seq) {
                let Place {
                    evals,
                    binds,
                    place,
                } = self.lvalue(collection);
                let (tk, tv) = (self.fresh("k"), self.fresh("v"));
                let k = self.expr(index);
                let v = self.expr(value);
                let update = match kind {
                    CollectionKind::Map => quote!(#place.insert(#tk, #tv);),
                    _ => quote!(ctx.check(ops::seq_set(&mut #place, #tk, #tv), #at)?;),
                };
                return quote!({ #(#evals)* let #tk = #k; let #tv = #v; #(#binds)* #update });
            }
        }
        let Place {
            evals,
            binds,
            place,
        } = self.lvalue(target);
        let v = self.expr(value);
        if evals.is_empty() && binds.is_empty() {
            quote!(#place = #v;)
        } else {
            let tv = self.fresh("v");
            quote!({ #(#evals)* let #tv = #v; #(#binds)* #place = #tv; })
        }
    }

    /// A mutable place for an lvalue: its index expressions evaluated first,
    /// left to right (P evaluates them before the right-hand side), then the
    /// bindings of the elements on the way, then the place expression.
    fn lvalue(&mut self, x: &Expr) -> Place {
        match &x.kind {
            ExprKind::Var(v) => Place {
                evals: Vec::new(),
                binds: Vec::new(),
                place: self.var(*v),
            },
            ExprKind::Field(inner, i) => {
                let mut p = self.lvalue(inner);
                let f = self.field_access(inner.ty, *i);
                let base = p.place;
                p.place = quote!(#base.#f);
                p
            }
            ExprKind::Index {
                collection,
                index,
                kind,
            } => {
                let at = self.at(x.span);
                let mut p = self.lvalue(collection);
                let t = self.fresh("i");
                let i = self.expr(index);
                p.evals.push(quote!(let #t = #i;));
                // Bind the element's place first: the check borrows `ctx`,
                // which the update using the place borrows again.
                let r = self.fresh("p");
                let base = &p.place;
                p.binds.push(match kind {
                    CollectionKind::Map => {
                        quote!(let #r = ctx.check(ops::map_at(&mut #base, &#t), #at)?;)
                    }
                    _ => quote!(let #r = ctx.check(ops::seq_at(&mut #base, #t), #at)?;),
                });
                p.place = quote!((*#r));
                p
            }
            _ => {
                self.unsupported(x.span, "assigning to this expression");
                Place {
                    evals: Vec::new(),
                    binds: Vec::new(),
                    place: quote!(_),
                }
            }
        }
    }

    fn receive(&mut self, cases: &[ReceiveCase]) -> TokenStream {
        let mut ids = Vec::new();
        let mut arms = Vec::new();
        for case in cases {
            let body = self.block(&case.body);
            for (n, ev) in case.events.iter().enumerate() {
                let k = &self.e.event_consts[ev.index()];
                ids.push(quote!(Event::#k));
                let v = &self.e.event_variants[ev.index()];
                let decl = self.e.m.event(*ev);
                let bind = case.param.as_ref().map(|(local, bindings)| {
                    let var = &self.locals[local.index()];
                    let to = self.fun.locals[local.index()].ty;
                    let binding = bindings.get(n).copied().unwrap_or(ParamBinding::Direct);
                    let value = self
                        .e
                        .bind_param(quote!(received), decl.payload, binding, to);
                    quote!(#var = #value;)
                });
                if decl.payload == TypeId::NULL {
                    arms.push(quote!(Event::#v => { #bind #body }));
                } else {
                    // `received` is reserved: no P variable is named so.
                    arms.push(quote!(Event::#v(received) => { #bind #body }));
                }
            }
        }
        quote! {
            match ctx.receive(&[#(#ids),*]).await? {
                #(#arms)*
                other => return Err(Ctl::Unhandled(other)),
            }
        }
    }

    /// The Rust signature pieces: parameters after `ctx`.
    pub fn params(&self) -> Vec<TokenStream> {
        self.fun.locals[..self.fun.params]
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let n = &self.locals[i];
                let ty = self.e.rust_type(l.ty);
                quote!(mut #n: #ty)
            })
            .collect()
    }
}

/// The text of a string literal without arguments (so it can be used as a
/// `&str` directly).
fn literal_text(x: &Expr) -> Option<String> {
    match &x.kind {
        ExprKind::Format { parts, args } if args.is_empty() => Some(
            parts
                .iter()
                .map(|p| match p {
                    FormatPart::Text(t) => t.as_str(),
                    FormatPart::Arg(_) => "",
                })
                .collect(),
        ),
        _ => None,
    }
}

impl Emitter<'_> {
    /// A complete Rust function for P function `id`.
    pub fn function(&self, id: FunId, place: Where, doc: &str) -> (TokenStream, Vec<Diagnostic>) {
        let fun = self.fun(id);
        let mut body = Body::new(self, fun, place == Where::Monitor);
        let name = &self.fun_names[id.index()];
        let params = body.params();
        let ret = self.rust_type(fun.ret);
        let stmts = body.body();
        let asyncness = if self.is_async(id) && place != Where::Monitor {
            quote!(async)
        } else {
            quote!()
        };
        let doc = format!(" {doc}");
        let f = match place {
            Where::Machine => quote! {
                #[doc = #doc]
                #asyncness fn #name(&mut self, ctx: &mut Ctx<Event>, #(#params),*) -> R<#ret> { #stmts }
            },
            Where::Monitor => quote! {
                #[doc = #doc]
                fn #name(&mut self, ctx: &mut MonitorCtx<'_>, #(#params),*) -> R<#ret> { #stmts }
            },
            Where::GlobalCtx => quote! {
                #[doc = #doc]
                pub #asyncness fn #name(ctx: &mut Ctx<Event>, #(#params),*) -> R<#ret> { #stmts }
            },
            Where::GlobalEnv => quote! {
                #[doc = #doc]
                pub fn #name<C: Env<Event>>(ctx: &mut C, #(#params),*) -> R<#ret> { #stmts }
            },
        };
        (f, body.diags)
    }

    /// `P: file:line` for a span, for doc comments.
    pub fn origin(&self, span: Span) -> String {
        let (l, _) = self.line_col(span);
        format!("{}:{l}", self.file_label(span.file))
    }
}
