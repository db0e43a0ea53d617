//! Pest pairs -> [`ast`](crate::syntax::ast) nodes, one `lower_<rule>`
//! function per grammar rule.
//!
//! The grammar guarantees the shape of every pair, so a missing child is an
//! internal error: it is reported as a diagnostic, never a panic. Problems
//! the grammar cannot see (an integer too large for 64 bits, a `var` after a
//! statement, nesting too deep for the later stages) are diagnostics too; the
//! lowering records them and goes on, so one pass reports all of a file's
//! errors.

mod decls;
mod exprs;
mod modules;
mod stmts;

use super::ast::*;
use super::grammar::Rule;
use crate::diag::Diagnostic;
use crate::source::{FileId, Span};
use pest::iterators::Pair;
use std::cell::{Cell, RefCell};

/// The deepest nesting of statements and expressions the tree may have
/// (counted as blocks, statements, operators and bracketed sub-expressions
/// on one path). Deeper input is reported, so no later recursive walk can
/// exhaust the stack.
pub const MAX_TREE_DEPTH: u32 = 1000;

/// A diagnostic has been recorded; the construct being lowered is dropped.
pub(crate) struct Stop;

pub(crate) type Lowered<T> = Result<T, Stop>;

/// Lowering state for one file. Methods take `&self` so the PrattParser's
/// closures can share it; the diagnostics and the depth use interior
/// mutability.
pub(crate) struct Lowerer<'s> {
    file: FileId,
    text: &'s str,
    diags: RefCell<Vec<Diagnostic>>,
    depth: Cell<u32>,
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(file: FileId, text: &'s str) -> Lowerer<'s> {
        Lowerer {
            file,
            text,
            diags: RefCell::new(Vec::new()),
            depth: Cell::new(0),
        }
    }

    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diags.into_inner()
    }

    /// The pair's span without trailing whitespace or comments: pest
    /// includes the whitespace an unmatched optional tail skipped over.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        let end = super::diagnose::trim_end(self.text, s.start(), s.end());
        Span::new(self.file, s.start(), end)
    }

    /// The source text of a span of this file.
    fn text_of(&self, span: Span) -> &'s str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn error(&self, span: Span, message: impl Into<String>) -> Stop {
        self.diags
            .borrow_mut()
            .push(Diagnostic::error(span, message));
        Stop
    }

    /// A tree the grammar should never produce; reported, not panicked on.
    fn internal(&self, pair: &Pair<'_, Rule>, what: &str) -> Stop {
        self.error(
            self.span(pair),
            format!(
                "internal error: unexpected parse tree ({what} in {:?})",
                pair.as_rule()
            ),
        )
    }

    /// The first child of `pair` built by `rule`.
    fn child<'i>(&self, pair: &Pair<'i, Rule>, rule: Rule) -> Lowered<Pair<'i, Rule>> {
        pair.clone()
            .into_inner()
            .find(|p| p.as_rule() == rule)
            .ok_or_else(|| self.internal(pair, &format!("no {rule:?}")))
    }

    /// Every child of `pair` built by `rule`, in order.
    fn children<'i>(&self, pair: &Pair<'i, Rule>, rule: Rule) -> Vec<Pair<'i, Rule>> {
        pair.clone()
            .into_inner()
            .filter(|p| p.as_rule() == rule)
            .collect()
    }

    fn has_child(&self, pair: &Pair<'_, Rule>, rule: Rule) -> bool {
        pair.clone().into_inner().any(|p| p.as_rule() == rule)
    }

    /// Counts `levels` more levels of nesting for the duration of `f`.
    fn nested<T>(&self, span: Span, levels: u32, f: impl FnOnce() -> Lowered<T>) -> Lowered<T> {
        let depth = self.depth.get().saturating_add(levels);
        if depth > MAX_TREE_DEPTH {
            return Err(self.error(
                span,
                format!(
                    "this is nested too deeply (more than {MAX_TREE_DEPTH} levels of statements and operators)"
                ),
            ));
        }
        self.depth.set(depth);
        let out = f();
        self.depth.set(depth - levels);
        out
    }

    /// `iden` -> [`Ident`]
    fn lower_iden(&self, pair: &Pair<'_, Rule>) -> Ident {
        Ident {
            name: pair.as_str().to_owned(),
            span: self.span(pair),
        }
    }

    /// The first `iden` child of `pair`.
    fn first_iden(&self, pair: &Pair<'_, Rule>) -> Lowered<Ident> {
        Ok(self.lower_iden(&self.child(pair, Rule::iden)?))
    }

    /// `int_lit` -> [`IntLit`]; values past `u64::MAX` are reported.
    fn lower_int_lit(&self, pair: &Pair<'_, Rule>) -> IntLit {
        let span = self.span(pair);
        let value = match pair.as_str().parse::<u64>() {
            Ok(v) => v,
            Err(_) => {
                self.error(
                    span,
                    format!(
                        "integer literal `{}` is too large (the largest is {})",
                        pair.as_str(),
                        u64::MAX
                    ),
                );
                0
            }
        };
        IntLit { value, span }
    }

    /// `iden_list` -> names
    fn lower_iden_list(&self, pair: &Pair<'_, Rule>) -> Vec<Ident> {
        self.children(pair, Rule::iden)
            .iter()
            .map(|p| self.lower_iden(p))
            .collect()
    }

    /// `program` -> [`SourceUnit`]: every declaration that lowers cleanly.
    pub(crate) fn lower_program(&self, pair: &Pair<'_, Rule>) -> SourceUnit {
        let mut decls = Vec::new();
        for p in pair.clone().into_inner() {
            if p.as_rule() == Rule::EOI {
                continue;
            }
            if let Ok(d) = self.lower_top_decl(&p) {
                decls.push(d);
            }
        }
        SourceUnit {
            decls,
            span: self.span(pair),
        }
    }

    /// One of `top_decl`'s alternatives -> [`TopDecl`]
    fn lower_top_decl(&self, p: &Pair<'_, Rule>) -> Lowered<TopDecl> {
        Ok(match p.as_rule() {
            Rule::type_def => TopDecl::TypeDef(self.lower_type_def(p)?),
            Rule::enum_decl => TopDecl::Enum(self.lower_enum_decl(p)?),
            Rule::event_decl => TopDecl::Event(self.lower_event_decl(p)?),
            Rule::event_set_decl => TopDecl::EventSet(self.lower_event_set_decl(p)?),
            Rule::interface_decl => TopDecl::Interface(self.lower_interface_decl(p)?),
            Rule::machine_decl => TopDecl::Machine(self.lower_machine_decl(p)?),
            Rule::spec_decl => TopDecl::Machine(self.lower_spec_decl(p)?),
            Rule::fun_decl => match self.lower_fun_decl(p)? {
                FunOrContract::Fun(f) => TopDecl::Fun(f),
                FunOrContract::Contract(v) => TopDecl::Verification(v),
            },
            Rule::module_decl => TopDecl::Module(self.lower_module_decl(p)?),
            Rule::test_decl => TopDecl::Test(self.lower_test_decl(p)?),
            Rule::impl_decl => TopDecl::Implementation(self.lower_impl_decl(p)?),
            Rule::param_decl => TopDecl::Param(self.lower_param_decl(p)?),
            Rule::verif_decl => TopDecl::Verification(self.lower_verif_decl(p)?),
            _ => return Err(self.internal(p, "declaration")),
        })
    }
}

/// A `fun` declaration is an ordinary function unless it carries PVerifier
/// contracts, which make the whole declaration verification-only.
pub(crate) enum FunOrContract {
    Fun(FunDecl),
    Contract(VerificationDecl),
}
