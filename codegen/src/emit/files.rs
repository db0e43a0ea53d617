//! Splitting the output into one Rust module per P file (folders become
//! modules, as in the P project), with headers, formatted by prettyplease.

use super::Emitter;
use super::bodies::Where;
use super::names;
use crate::sema::model::*;
use crate::source::FileId;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One output file: its path relative to the output folder, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Lints generated code allows, and why: P declares every local up front
/// with its default value and lets parameters be assigned, and the code
/// mirrors the P program statement by statement, so clippy's style advice,
/// and its remarks on expressions like `x == x` or `t || t`, would be about
/// the P source, not about the generator.
const ALLOWS: &str = "#![allow(unused_mut, unused_assignments, unused_variables, unreachable_code, unused_imports, unused_macros, dead_code, unused_parens, while_true, clippy::style, clippy::complexity, clippy::eq_op, clippy::overly_complex_bool_expr)]";

/// The Rust module name of a P file or folder name.
fn module_name(stem: &str) -> String {
    let n = names::value_name(stem);
    if names::ident(&n) != n {
        format!("{n}_p")
    } else {
        n
    }
}

impl Emitter<'_> {
    pub fn files(&mut self) -> Vec<GeneratedFile> {
        self.check_types();
        let mut out = Vec::new();
        // file id -> module path (folders then file stem)
        let mut tree: BTreeMap<Vec<String>, Vec<(String, FileId)>> = BTreeMap::new();
        let mut reexports = Vec::new();
        for (i, path) in self.m.files.iter().enumerate() {
            let file = FileId(i as u32);
            let mut parts: Vec<String> = path
                .parent()
                .map(|p| {
                    p.components()
                        .filter_map(|c| match c {
                            std::path::Component::Normal(s) => {
                                Some(module_name(&s.to_string_lossy()))
                            }
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| format!("file{i}"));
            let module = module_name(&stem);
            tree.entry(parts.clone())
                .or_default()
                .push((module.clone(), file));
            // Every folder on the way needs a module file.
            while !parts.is_empty() {
                parts.pop();
                tree.entry(parts.clone()).or_default();
            }
            let mut full: Vec<String> = tree_path(path);
            full.push(module.clone());
            let segs = full.iter().map(|s| format_ident!("{}", s));
            reexports.push(quote!(pub use #(#segs)::*::*;));
            let code = self.file_module(file);
            let mut rel: PathBuf = tree_path(path).iter().collect();
            rel.push(format!("{module}.rs"));
            let source = format!("{}/{}", self.opts.source_root, self.file_label(file));
            out.push(self.render(rel, &source, code));
        }
        for (dir, files) in &tree {
            let mut children: Vec<String> = files.iter().map(|(m, _)| m.clone()).collect();
            for other in tree.keys() {
                if other.len() == dir.len() + 1 && other.starts_with(dir) {
                    children.push(other[dir.len()].clone());
                }
            }
            children.sort();
            children.dedup();
            let mods = children.iter().map(|c| format_ident!("{}", c));
            let mut code = quote!(#(pub mod #mods;)*);
            if dir.is_empty() {
                code.extend(self.root_items());
                code.extend(quote!(#(#reexports)*));
            }
            let mut rel: PathBuf = dir.iter().collect();
            rel.push("mod.rs");
            let source = self.opts.source_root.clone();
            out.push(self.render(rel, &source, code));
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }

    fn root_items(&mut self) -> TokenStream {
        let events = self.event_enum();
        let ifaces = self.interface_consts();
        let types = self.type_defs(None);
        let tests = self.test_cases();
        quote! {
            use p_runtime::prelude::*;
            /// The result of P code: a value, or a reason to unwind.
            pub type R<T = ()> = Result<T, Ctl<Event>>;
            #events
            #ifaces
            #types
            #tests
        }
    }

    /// The items declared in one P file.
    fn file_module(&mut self, file: FileId) -> TokenStream {
        let mut items = self.type_defs(Some(file));
        let mut uses_at = false;
        for (i, mach) in self.m.machines.iter().enumerate() {
            if mach.span.file == file {
                let (code, diags) = self.machine(MachineId(i as u32));
                items.extend(code);
                self.diags.extend(diags);
                uses_at = true;
            }
        }
        for (i, f) in self.m.functions.iter().enumerate() {
            if f.owner.is_some() || f.span.file != file {
                continue;
            }
            let id = FunId(i as u32);
            let place = if self.needs_ctx(id) {
                Where::GlobalCtx
            } else {
                Where::GlobalEnv
            };
            let doc = format!(
                "P function `{}` ({}).",
                f.name.as_deref().unwrap_or_default(),
                self.origin(f.span)
            );
            let (code, diags) = self.function(id, place, &doc);
            items.extend(code);
            self.diags.extend(diags);
            uses_at = true;
        }
        let root: TokenStream = self
            .opts
            .root_path
            .parse()
            .unwrap_or_else(|_| quote!(crate));
        let label = self.file_label(file);
        let at = if uses_at {
            quote! {
                /// The P file this module was generated from.
                const FILE: &str = #label;
                /// The P source location `line:col` of this file.
                macro_rules! at { ($l:literal, $c:literal) => { Loc::new(FILE, $l, $c) }; }
            }
        } else {
            TokenStream::new()
        };
        quote! {
            use #root::*;
            use p_runtime::prelude::*;
            #at
            #items
        }
    }

    /// Formats tokens as a file with the generated-code header.
    fn render(&mut self, path: PathBuf, source: &str, code: TokenStream) -> GeneratedFile {
        let allows: TokenStream = ALLOWS.parse().expect("the allow list is valid Rust");
        let code = quote!(#allows #code);
        let body = match syn::parse2::<syn::File>(code.clone()) {
            Ok(file) => prettyplease::unparse(&file),
            Err(e) => {
                // A generator bug: keep the tokens so the Rust compiler
                // shows where, and report it.
                self.diags.push(crate::diag::Diagnostic::error(
                    crate::source::Span::default(),
                    format!(
                        "internal error: generated Rust for `{}` does not parse: {e}",
                        path.display()
                    ),
                ));
                code.to_string()
            }
        };
        let header = format!(
            "// @generated by `{}` from {source}.\n// Do not edit: change the P source and regenerate.\n\n",
            self.opts.command
        );
        GeneratedFile {
            path,
            contents: header + &body,
        }
    }
}

/// The module path of a P file's folder.
fn tree_path(path: &std::path::Path) -> Vec<String> {
    path.parent()
        .map(|p| {
            p.components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(s) => Some(module_name(&s.to_string_lossy())),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}
