//! The program's `Event` enum: one variant per P event with its payload,
//! the event-id constants state tables use, and building an event from a
//! dynamic event value (`send t, e, v` where `e` is a variable).

use super::Emitter;
use crate::sema::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

impl Emitter<'_> {
    pub fn event_enum(&self) -> TokenStream {
        let m = self.m;
        let mut variants = Vec::new();
        let mut id_arms = Vec::new();
        let mut payload_arms = Vec::new();
        let mut dynamic_arms = Vec::new();
        let mut consts = Vec::new();
        let names: Vec<&str> = m.events.iter().map(|e| e.name.as_str()).collect();
        for (i, ev) in m.events.iter().enumerate() {
            let v = &self.event_variants[i];
            let k = &self.event_consts[i];
            let num = Literal::u16_unsuffixed(i as u16);
            let doc = format!(" `{}`", ev.name);
            consts.push(quote!(#[doc = #doc] pub const #k: EventId = EventId(#num);));
            let p_name = &ev.name;
            if ev.payload == TypeId::NULL {
                variants.push(quote!(#[doc = #doc] #v));
                id_arms.push(quote!(Event::#v => Event::#k));
                dynamic_arms.push(quote!(#num => Ok(Event::#v)));
            } else {
                let ty = self.rust_type(ev.payload);
                let shown = m.types.display(ev.payload);
                let doc = format!(" `{}` with a `{shown}` payload", ev.name);
                variants.push(quote!(#[doc = #doc] #v(#ty)));
                id_arms.push(quote!(Event::#v(_) => Event::#k));
                payload_arms.push(quote!(Event::#v(p) => Some(p_runtime::values::to_p_string(p))));
                dynamic_arms.push(quote! {
                    #num => ops::cast::<#ty>(&payload, #shown)
                        .map(Event::#v)
                        .map_err(|e| RtError::new(e.kind, format!("payload of '{}': {}", #p_name, e.message)))
                });
            }
        }
        let n = Literal::usize_unsuffixed(names.len());
        quote! {
            /// Every event of the program, with its payload.
            #[derive(Clone, Debug)]
            pub enum Event { #(#variants),* }

            impl Event {
                #(#consts)*

                /// The event whose kind is the event value `e`, with a payload
                /// given dynamically (`send t, e, v` where `e` is a variable).
                pub fn from_dynamic(e: EventValue, payload: Value) -> Result<Event, RtError> {
                    let Some(id) = e.id() else {
                        return Err(RtError::new(BugKind::NullEvent, "the event is null"));
                    };
                    match id.0 {
                        #(#dynamic_arms,)*
                        _ => Err(RtError::new(BugKind::Other, "unknown event")),
                    }
                }
            }

            impl p_runtime::Event for Event {
                const HALT: Self = Event::Halt;
                const NULL: Self = Event::Null;

                fn id(&self) -> EventId {
                    match self { #(#id_arms),* }
                }

                fn name_of(id: EventId) -> &'static str {
                    const NAMES: [&str; #n] = [#(#names),*];
                    NAMES[id.0 as usize]
                }

                fn payload_text(&self) -> Option<String> {
                    #[allow(unreachable_patterns)]
                    match self {
                        #(#payload_arms,)*
                        _ => None,
                    }
                }
            }
        }
    }

    /// `pub mod iface { pub const QUEUE: u32 = 3; ... }`: interface numbers
    /// for `new I(...)` and test bindings.
    pub fn interface_consts(&self) -> TokenStream {
        let consts = self.m.interfaces.iter().enumerate().map(|(i, decl)| {
            let k = &self.iface_consts[i];
            let num = Literal::u32_unsuffixed(i as u32);
            let doc = format!(" interface `{}`", decl.name);
            quote!(#[doc = #doc] pub const #k: u32 = #num;)
        });
        quote! {
            /// The number of each interface, as tests bind them.
            pub mod iface { #(#consts)* }
        }
    }

    /// The runtime value of an event constant.
    pub fn event_value(&self, id: EventId) -> TokenStream {
        let k = &self.event_consts[id.index()];
        let name = &self.m.event(id).name;
        quote!(EventValue::new(Event::#k, #name))
    }
}
