//! The program's test cases (P's `test` and `implementation` declarations,
//! parametric tests expanded one case per assignment with the value of
//! every `param`, or the implicit `DefaultImpl`) and the `PROGRAM` the
//! checker runs.

use super::Emitter;
use crate::sema::model::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub fn test_cases(&mut self) -> TokenStream {
        let mut cases = Vec::new();
        let mut monitor_fns = Vec::new();
        for (i, t) in self.m.tests.iter().enumerate() {
            let Some(main) = t.main else {
                // `implementation` without a main machine: nothing to run.
                continue;
            };
            let p_name = &t.name;
            let main_ty = &self.machine_names[main.index()];
            let monitors_fn = format_ident!("monitors_{}", i);
            let specs: Vec<MachineId> = t
                .module
                .monitors
                .iter()
                .map(|(m, _)| *m)
                .chain(t.scenarios.iter().copied())
                .collect();
            let specs = specs.iter().map(|m| {
                let n = &self.machine_names[m.index()];
                quote!(instance::<Event, #n>())
            });
            let doc = format!(" The monitors of test `{p_name}`.");
            monitor_fns.push(quote! {
                #[doc = #doc]
                fn #monitors_fn() -> Vec<Box<dyn MonitorObj<Event>>> { vec![#(#specs),*] }
            });
            let bindings = t.module.bindings.iter().map(|(iface, mach)| {
                let k = &self.iface_consts[iface.index()];
                let n = &self.machine_names[mach.index()];
                quote!((iface::#k, MachineType::of::<#n>()))
            });
            let params = self.m.params.iter().enumerate().map(|(pi, decl)| {
                let bound = t.params.iter().find(|(p, _)| p.index() == pi);
                match bound.map(|(_, v)| *v) {
                    Some(ParamValue::Int(n)) => quote!(ParamValue::Int(#n)),
                    Some(ParamValue::Bool(b)) => quote!(ParamValue::Bool(#b)),
                    // Unbound: the type's default, as in P.
                    None if decl.ty == TypeId::BOOL => quote!(ParamValue::Bool(false)),
                    None => quote!(ParamValue::Int(0i64)),
                }
            });
            cases.push(quote! {
                TestCase {
                    name: #p_name,
                    monitors: #monitors_fn,
                    main: MachineType::of::<#main_ty>(),
                    bindings: &[#(#bindings),*],
                    params: &[#(#params),*],
                }
            });
        }
        let project = &self.opts.project;
        quote! {
            #(#monitor_fns)*

            /// Every test case of the program.
            pub static TESTS: &[TestCase<Event>] = &[#(#cases),*];

            /// The program, as its checker binary runs it.
            pub static PROGRAM: p_runtime::cli::Program<Event> = p_runtime::cli::Program {
                name: #project,
                tests: TESTS,
            };
        }
    }
}
