//! A P machine or spec monitor as a Rust struct (its variables), its state
//! constants, a method per P function and anonymous handler, and the
//! runtime trait that dispatches entries, exits, events and `with`s.

use super::Emitter;
use super::bodies::Where;
use crate::diag::Diagnostic;
use crate::sema::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

impl Emitter<'_> {
    pub fn machine(&self, id: MachineId) -> (TokenStream, Vec<Diagnostic>) {
        let mach = self.m.machine(id);
        let spec = mach.is_spec();
        let name = &self.machine_names[id.index()];
        let p_name = &mach.name;
        let fields = &self.field_names[id.index()];
        let field_types: Vec<_> = mach.fields.iter().map(|f| self.rust_type(f.ty)).collect();
        let defaults: Vec<_> = mach
            .fields
            .iter()
            .map(|f| self.default_value(f.ty))
            .collect();
        let consts = &self.state_consts[id.index()];
        let nums = (0..mach.states.len()).map(|i| Literal::u16_unsuffixed(i as u16));
        let state_docs = mach.states.iter().map(|s| format!(" state `{}`", s.name));
        let mut diags = Vec::new();
        let place = if spec { Where::Monitor } else { Where::Machine };
        let mut methods = TokenStream::new();
        for (i, f) in self.m.functions.iter().enumerate() {
            if f.owner != Some(id) {
                continue;
            }
            let doc = match &f.name {
                Some(n) => format!("P function `{n}` ({}).", self.origin(f.span)),
                None => format!("Anonymous handler ({}).", self.origin(f.span)),
            };
            let (code, d) = self.function(FunId(i as u32), place, &doc);
            methods.extend(code);
            diags.extend(d);
        }
        let infos = mach.states.iter().map(|s| self.state_info(s));
        let start = &consts[mach.start.index()];
        let entry_arms = self.entry_arms(mach, consts, spec);
        let exit_arms = mach.states.iter().enumerate().filter_map(|(i, s)| {
            let f = s.exit?;
            let st = &consts[i];
            let call = self.call_handler(f, vec![], spec);
            Some(quote!(Self::#st => #call))
        });
        let (handle_arms, with_arms) = self.handle_arms(mach, consts, spec);
        let doc = format!(
            " P {} `{p_name}` ({}).",
            if spec { "spec monitor" } else { "machine" },
            self.origin(mach.span)
        );
        let header = quote! {
            #[doc = #doc]
            #[derive(Debug, Default)]
            pub struct #name { #(#fields: #field_types),* }

            impl #name {
                #(#[doc = #state_docs] pub const #consts: StateId = StateId(#nums);)*
                #methods
            }
        };
        let body = if spec {
            let observes = mach.observes.iter().map(|e| {
                let k = &self.event_consts[e.index()];
                quote!(Event::#k)
            });
            quote! {
                impl Monitor<Event> for #name {
                    const NAME: &'static str = #p_name;
                    const STATES: &'static [StateInfo] = &[#(#infos),*];
                    const START: StateId = Self::#start;
                    const OBSERVES: &'static [EventId] = &[#(#observes),*];
                    fn new() -> Self { #name { #(#fields: #defaults),* } }
                    fn entry(&mut self, ctx: &mut MonitorCtx<'_>, state: StateId, payload: Payload) -> R {
                        match state { #(#entry_arms,)* _ => Ok(()) }
                    }
                    fn exit(&mut self, ctx: &mut MonitorCtx<'_>, state: StateId) -> R {
                        match state { #(#exit_arms,)* _ => Ok(()) }
                    }
                    fn handle(&mut self, ctx: &mut MonitorCtx<'_>, state: StateId, event: &Event) -> R {
                        match (state, event) {
                            #(#handle_arms,)*
                            (_, e) => Err(Ctl::Unhandled(e.clone())),
                        }
                    }
                    fn with(&mut self, ctx: &mut MonitorCtx<'_>, with: u16, payload: Payload) -> R {
                        match with { #(#with_arms,)* _ => Ok(()) }
                    }
                }
            }
        } else {
            let sends = match &mach.sends {
                EventSet::All => TokenStream::new(),
                EventSet::Only(events) => {
                    let ids = events.iter().map(|e| {
                        let k = &self.event_consts[e.index()];
                        quote!(Event::#k)
                    });
                    quote!(const SENDS: Option<&'static [EventId]> = Some(&[#(#ids),*]);)
                }
            };
            quote! {
                impl Machine<Event> for #name {
                    const NAME: &'static str = #p_name;
                    const STATES: &'static [StateInfo] = &[#(#infos),*];
                    const START: StateId = Self::#start;
                    #sends
                    fn new() -> Self { #name { #(#fields: #defaults),* } }
                    async fn entry(&mut self, ctx: &mut Ctx<Event>, state: StateId, payload: Payload) -> R {
                        match state { #(#entry_arms,)* _ => Ok(()) }
                    }
                    async fn exit(&mut self, ctx: &mut Ctx<Event>, state: StateId) -> R {
                        match state { #(#exit_arms,)* _ => Ok(()) }
                    }
                    async fn handle(&mut self, ctx: &mut Ctx<Event>, state: StateId, event: Event) -> R {
                        match (state, event) {
                            #(#handle_arms,)*
                            (_, e) => Err(Ctl::Unhandled(e)),
                        }
                    }
                    async fn with(&mut self, ctx: &mut Ctx<Event>, with: u16, payload: Payload) -> R {
                        match with { #(#with_arms,)* _ => Ok(()) }
                    }
                }
            }
        };
        (quote!(#header #body), diags)
    }

    fn state_info(&self, s: &State) -> TokenStream {
        let name = &s.name;
        let pick = |want: fn(&Action) -> bool| {
            s.handlers
                .iter()
                .filter(|h| want(&h.action))
                .map(|h| {
                    let k = &self.event_consts[h.event.index()];
                    quote!(Event::#k)
                })
                .collect::<Vec<_>>()
        };
        let defer = pick(|a| matches!(a, Action::Defer));
        let ignore = pick(|a| matches!(a, Action::Ignore));
        let handles = pick(|a| matches!(a, Action::Do(_) | Action::Goto { .. }));
        let on_null = s.handlers.iter().any(|h| {
            h.event == EventId::NULL && !matches!(h.action, Action::Defer | Action::Ignore)
        });
        let temperature = match s.temperature {
            Temperature::Hot => quote!(Temperature::Hot),
            Temperature::Cold => quote!(Temperature::Cold),
            Temperature::Warm => quote!(Temperature::Warm),
        };
        quote!(StateInfo {
            name: #name,
            defer: &[#(#defer),*],
            ignore: &[#(#ignore),*],
            on_null: #on_null,
            handles: &[#(#handles),*],
            temperature: #temperature,
        })
    }

    /// `self.f(ctx, args)` with `.await` for async machine methods.
    fn call_handler(&self, f: FunId, args: Vec<TokenStream>, spec: bool) -> TokenStream {
        let name = &self.fun_names[f.index()];
        if !spec && self.is_async(f) {
            quote!(self.#name(ctx, #(#args),*).await)
        } else {
            quote!(self.#name(ctx, #(#args),*))
        }
    }

    /// The value of a function's only parameter from a boxed payload.
    fn param_from_payload(&self, f: FunId) -> Vec<TokenStream> {
        let fun = self.fun(f);
        match fun.locals[..fun.params].first() {
            Some(p) => {
                let ty = self.rust_type(p.ty);
                vec![quote!(take::<#ty>(payload))]
            }
            None => vec![],
        }
    }

    fn entry_arms(
        &self,
        mach: &Machine,
        consts: &[proc_macro2::Ident],
        spec: bool,
    ) -> Vec<TokenStream> {
        mach.states
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let f = s.entry?;
                let st = &consts[i];
                let call = self.call_handler(f, self.param_from_payload(f), spec);
                Some(quote!(Self::#st => #call))
            })
            .collect()
    }

    /// Dispatch arms for `do` and `goto` handlers, and the `with` functions.
    fn handle_arms(
        &self,
        mach: &Machine,
        consts: &[proc_macro2::Ident],
        spec: bool,
    ) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let mut arms = Vec::new();
        let mut withs = Vec::new();
        for (si, s) in mach.states.iter().enumerate() {
            let st = &consts[si];
            for h in &s.handlers {
                let v = &self.event_variants[h.event.index()];
                let decl = self.m.event(h.event);
                let has_payload = decl.payload != TypeId::NULL;
                // The payload bound as `p` (a reference in monitors).
                let p = if spec {
                    self.copy_of(quote!((*p)), decl.payload)
                } else {
                    quote!(p)
                };
                let convert = |binding: ParamBinding, f: Option<FunId>| -> Option<TokenStream> {
                    let to = match f {
                        Some(f) => self.fun(f).locals[..self.fun(f).params].first()?.ty,
                        None => match binding {
                            ParamBinding::Upcast { to } | ParamBinding::TupleElement { to } => to,
                            ParamBinding::Direct => decl.payload,
                            ParamBinding::None => return None,
                        },
                    };
                    if !has_payload || binding == ParamBinding::None {
                        return Some(self.default_value(to));
                    }
                    Some(self.bind_param(p.clone(), decl.payload, binding, to))
                };
                let (code, uses_payload) = match &h.action {
                    Action::Defer | Action::Ignore => continue,
                    Action::Do(b) => {
                        let args: Vec<_> = convert(b.param, Some(b.fun)).into_iter().collect();
                        let uses = !args.is_empty() && has_payload && b.param != ParamBinding::None;
                        (self.call_handler(b.fun, args, spec), uses)
                    }
                    Action::Goto {
                        target,
                        with,
                        entry,
                    } => {
                        let t = &consts[target.index()];
                        let entry_payload = match mach.state(*target).entry {
                            Some(f) if !self.param_from_payload(f).is_empty() => {
                                match convert(*entry, Some(f)) {
                                    Some(v) => quote!(payload(#v)),
                                    None => quote!(None),
                                }
                            }
                            _ => quote!(None),
                        };
                        let with_code = match with {
                            Some(b) => {
                                let n = Literal::u16_unsuffixed(withs.len() as u16);
                                let args = self.param_from_payload(b.fun);
                                let call = self.call_handler(b.fun, args, spec);
                                withs.push(quote!(#n => #call));
                                // The entry gets the payload too: the `with` function's
                                // copy must not move it.
                                let wp = match convert(b.param, Some(b.fun)) {
                                    Some(_) if !self.param_from_payload(b.fun).is_empty() => {
                                        let copied = if spec || self.is_copy(decl.payload) {
                                            p.clone()
                                        } else {
                                            quote!(p.clone())
                                        };
                                        let to = self.fun(b.fun).locals[0].ty;
                                        let v = self.bind_param(copied, decl.payload, b.param, to);
                                        quote!(payload(#v))
                                    }
                                    _ => quote!(None),
                                };
                                quote!(Some((#n, #wp)))
                            }
                            None => quote!(None),
                        };
                        let uses = has_payload
                            && (entry_payload.to_string() != "None"
                                || with_code.to_string().contains("payload"));
                        (
                            quote!(Err(Ctl::Goto(Goto { state: Self::#t, with: #with_code, payload: #entry_payload }))),
                            uses,
                        )
                    }
                };
                let pattern = match (has_payload, uses_payload) {
                    (false, _) => quote!(Event::#v),
                    (true, true) => quote!(Event::#v(p)),
                    (true, false) => quote!(Event::#v(_)),
                };
                arms.push(quote!((Self::#st, #pattern) => #code));
            }
        }
        (arms, withs)
    }
}
