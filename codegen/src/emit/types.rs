//! P types as Rust types, the definitions of enums and named tuples, and
//! the conversions P performs implicitly (upcasts to `any`, to wider
//! collections, `null` into a reference).

use super::Emitter;
use super::names;
use crate::sema::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// Rust tuples implement the runtime's value traits up to this many fields.
pub const MAX_TUPLE: usize = 8;

impl Emitter<'_> {
    /// The Rust type of a P type.
    pub fn rust_type(&self, t: TypeId) -> TokenStream {
        match self.m.types.kind(t) {
            TypeKind::Null | TypeKind::Error => quote!(()),
            TypeKind::Bool => quote!(bool),
            TypeKind::Int => quote!(i64),
            TypeKind::Float => quote!(PFloat),
            TypeKind::String => quote!(PString),
            TypeKind::Event => quote!(EventValue),
            TypeKind::Machine | TypeKind::Permission(_) => quote!(MachineRef),
            TypeKind::Data | TypeKind::Any | TypeKind::Foreign(_) => quote!(Value),
            TypeKind::Enum(_) | TypeKind::NamedTuple(_) => {
                let n = &self.type_names[&t];
                quote!(#n)
            }
            TypeKind::Tuple(ts) => {
                // Longer tuples are reported by `check_types`.
                let ts = ts.iter().take(MAX_TUPLE).map(|t| self.rust_type(*t));
                quote!((#(#ts,)*))
            }
            TypeKind::Seq(e) => {
                let e = self.rust_type(*e);
                quote!(Seq<#e>)
            }
            TypeKind::Set(e) => {
                let e = self.rust_type(*e);
                quote!(Set<#e>)
            }
            TypeKind::Map(k, v) => {
                let (k, v) = (self.rust_type(*k), self.rust_type(*v));
                quote!(Map<#k, #v>)
            }
        }
    }

    /// Whether the Rust type is `Copy` (then values are not `.clone()`d).
    pub fn is_copy(&self, t: TypeId) -> bool {
        match self.m.types.kind(t) {
            TypeKind::Null
            | TypeKind::Error
            | TypeKind::Bool
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Event
            | TypeKind::Machine
            | TypeKind::Permission(_)
            | TypeKind::Enum(_) => true,
            TypeKind::Tuple(ts) => ts.iter().all(|t| self.is_copy(*t)),
            _ => false,
        }
    }

    /// A copy of the value of the place `place` (a variable or field path).
    pub fn copy_of(&self, place: TokenStream, t: TypeId) -> TokenStream {
        if self.is_copy(t) {
            place
        } else {
            quote!(#place.clone())
        }
    }

    /// `default(T)`.
    pub fn default_value(&self, t: TypeId) -> TokenStream {
        match self.m.types.kind(t) {
            TypeKind::Null | TypeKind::Error => quote!(()),
            TypeKind::Machine | TypeKind::Permission(_) => quote!(MachineRef::NULL),
            TypeKind::Event => quote!(EventValue::NULL),
            TypeKind::Data | TypeKind::Any | TypeKind::Foreign(_) => quote!(Value::Null),
            TypeKind::Int => quote!(0),
            TypeKind::Bool => quote!(false),
            _ => {
                let ty = self.rust_type(t);
                quote!(<#ty>::default())
            }
        }
    }

    /// Converts `value` (of P type `from`) to the supertype `to`.
    pub fn upcast(&self, value: TokenStream, from: TypeId, to: TypeId) -> TokenStream {
        if from == to {
            return value;
        }
        let (fk, tk) = (self.m.types.kind(from), self.m.types.kind(to));
        match (fk, tk) {
            (TypeKind::Null, _) => self.default_value(to),
            (_, TypeKind::Any | TypeKind::Data | TypeKind::Foreign(_)) => {
                quote!(PValue::to_value(&#value))
            }
            (
                TypeKind::Machine | TypeKind::Permission(_),
                TypeKind::Machine | TypeKind::Permission(_),
            ) => value,
            (TypeKind::Seq(a), TypeKind::Seq(b)) | (TypeKind::Set(a), TypeKind::Set(b)) => {
                let inner = self.upcast(self.copy_of(quote!((*x)), *a), *a, *b);
                let coll = if matches!(tk, TypeKind::Seq(_)) {
                    quote!(Seq<_>)
                } else {
                    quote!(Set<_>)
                };
                quote!(#value.iter().map(|x| #inner).collect::<#coll>())
            }
            (TypeKind::Map(ka, va), TypeKind::Map(kb, vb)) => {
                let k = self.upcast(self.copy_of(quote!((*k)), *ka), *ka, *kb);
                let v = self.upcast(self.copy_of(quote!((*v)), *va), *va, *vb);
                quote!(#value.iter().map(|(k, v)| (#k, #v)).collect::<Map<_, _>>())
            }
            (TypeKind::Tuple(a), TypeKind::Tuple(b)) if a.len() == b.len() => {
                let fields = a.iter().zip(b).enumerate().map(|(i, (x, y))| {
                    let i = Literal::usize_unsuffixed(i);
                    self.upcast(quote!(t.#i), *x, *y)
                });
                quote!({ let t = #value; (#(#fields,)*) })
            }
            (TypeKind::NamedTuple(a), TypeKind::NamedTuple(b)) if a.len() == b.len() => {
                let target = &self.type_names[&to];
                let fields = a.iter().zip(b).map(|((n, x), (_, y))| {
                    let f = names::ident(&names::value_name(n));
                    let v = self.upcast(quote!(t.#f), *x, *y);
                    quote!(#f: #v)
                });
                quote!({ let t = #value; #target { #(#fields),* } })
            }
            // Anything else is the same Rust type (e.g. an enum widened to
            // itself through an alias).
            _ => value,
        }
    }

    /// An event payload `p` of type `from` as the value of a handler's (or
    /// a `receive` case's) parameter of type `to` (see [`ParamBinding`];
    /// an `Upcast` or `TupleElement` binding records that same `to`).
    pub fn bind_param(
        &self,
        p: TokenStream,
        from: TypeId,
        binding: ParamBinding,
        to: TypeId,
    ) -> TokenStream {
        debug_assert!(
            !matches!(binding, ParamBinding::Upcast { to: t } | ParamBinding::TupleElement { to: t } if t != to),
            "a payload binding's target is its parameter's type"
        );
        match binding {
            ParamBinding::None => self.default_value(to),
            ParamBinding::Direct | ParamBinding::Upcast { .. } => self.upcast(p, from, to),
            ParamBinding::TupleElement { .. } => {
                let inner = match self.m.types.kind(from) {
                    TypeKind::Tuple(ts) if ts.len() == 1 => ts[0],
                    _ => from,
                };
                self.upcast(quote!(#p.0), inner, to)
            }
        }
    }

    /// Reports the types the runtime cannot represent.
    pub fn check_types(&mut self) {
        let long = self.m.types.iter().find_map(|(_, k)| match k {
            TypeKind::Tuple(ts) if ts.len() > MAX_TUPLE => Some(ts.len()),
            _ => None,
        });
        if let Some(n) = long {
            let span = self.m.machines.first().map(|m| m.span).unwrap_or_default();
            self.unsupported(
                span,
                &format!("a tuple type with {n} fields (at most {MAX_TUPLE})"),
            );
        }
    }

    /// Definitions of the named types declared in `file` (`None`: the root).
    pub fn type_defs(&self, file: Option<crate::source::FileId>) -> TokenStream {
        let mut out = TokenStream::new();
        for (&t, name) in &self.type_names {
            if self.type_home.get(&t).copied().flatten() != file {
                continue;
            }
            out.extend(match self.m.types.kind(t) {
                TypeKind::Enum(e) => self.enum_def(*e, name),
                TypeKind::NamedTuple(fields) => self.named_tuple_def(fields, name),
                _ => TokenStream::new(),
            });
        }
        out
    }

    fn enum_def(&self, e: EnumId, name: &proc_macro2::Ident) -> TokenStream {
        let decl = &self.m.enums[e.index()];
        let p_name = &decl.name;
        let mut scope = names::Scope::new();
        let variants: Vec<_> = decl
            .elems
            .iter()
            .map(|el| format_ident!("{}", scope.take(names::type_name(&el.name))))
            .collect();
        let values: Vec<_> = decl
            .elems
            .iter()
            .map(|el| Literal::i64_unsuffixed(el.value))
            .collect();
        let default = &variants[decl.default_elem()];
        let doc = format!(" P's `enum {p_name}`: elements are numbers, printed as numbers.");
        quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub enum #name { #(#variants = #values),* }

            impl Default for #name {
                fn default() -> Self { #name::#default }
            }

            impl PValue for #name {
                fn to_value(&self) -> Value { Value::Enum(#p_name, *self as i64) }
                fn from_value(v: &Value) -> Option<Self> {
                    match v {
                        Value::Enum(_, i) | Value::Int(i) => match *i {
                            #(#values => Some(#name::#variants),)*
                            _ => None,
                        },
                        _ => None,
                    }
                }
                fn fmt_p(&self, out: &mut String) { (*self as i64).fmt_p(out) }
            }
        }
    }

    fn named_tuple_def(
        &self,
        fields: &[(String, TypeId)],
        name: &proc_macro2::Ident,
    ) -> TokenStream {
        let idents: Vec<_> = fields
            .iter()
            .map(|(f, _)| names::ident(&names::value_name(f)))
            .collect();
        let p_names: Vec<_> = fields.iter().map(|(f, _)| f.as_str()).collect();
        let types: Vec<_> = fields.iter().map(|(_, t)| self.rust_type(*t)).collect();
        let indices = 0..fields.len();
        let shown = fields
            .iter()
            .map(|(f, t)| format!("{f}: {}", self.m.types.display(*t)))
            .collect::<Vec<_>>()
            .join(", ");
        let doc = format!(" P's named tuple `({shown})`.");
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
            pub struct #name { #(pub #idents: #types),* }

            impl PValue for #name {
                fn to_value(&self) -> Value {
                    Value::Named(::std::rc::Rc::from([#((#p_names, self.#idents.to_value())),*]))
                }
                fn from_value(v: &Value) -> Option<Self> {
                    match v {
                        Value::Named(f) if f.len() == [#(#p_names),*].len() => Some(#name {
                            #(#idents: PValue::from_value(&f[#indices].1)?),*
                        }),
                        _ => None,
                    }
                }
                fn fmt_p(&self, out: &mut String) {
                    out.push('<');
                    #(
                        out.push_str(#p_names);
                        out.push(':');
                        self.#idents.fmt_p(out);
                        out.push_str(", ");
                    )*
                    out.push('>');
                }
            }
        }
    }
}
