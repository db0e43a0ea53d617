//! Lowering of the module system (module expressions, `module`, `test`,
//! `implementation`), parametric-test globals and the PVerifier
//! declarations kept as text.

use super::{Lowered, Lowerer};
use crate::syntax::ast::*;
use crate::syntax::grammar::Rule;
use pest::iterators::Pair;

impl Lowerer<'_> {
    /// One of `mod_expr`'s alternatives -> [`ModExpr`]
    fn lower_mod_expr(&self, p: &Pair<'_, Rule>) -> Lowered<ModExpr> {
        let span = self.span(p);
        let kind = self.nested(span, 1, || self.lower_mod_expr_kind(p))?;
        Ok(ModExpr { kind, span })
    }

    fn lower_mod_expr_kind(&self, p: &Pair<'_, Rule>) -> Lowered<ModExprKind> {
        let operands = |this: &Self| -> Lowered<Vec<ModExpr>> {
            p.clone()
                .into_inner()
                .filter(|c| is_mod_expr_rule(c.as_rule()))
                .map(|c| this.lower_mod_expr(&c))
                .collect()
        };
        let last = |this: &Self| -> Lowered<Box<ModExpr>> {
            operands(this)?
                .pop()
                .map(Box::new)
                .ok_or_else(|| this.internal(p, "module operand"))
        };
        Ok(match p.as_rule() {
            Rule::paren_mod => ModExprKind::Paren(last(self)?),
            Rule::primitive_mod => {
                let mut bindings = Vec::new();
                for b in self.children(p, Rule::bind_expr) {
                    let names = self.lower_iden_list_direct(&b);
                    let mut names = names.into_iter();
                    let machine = names.next().ok_or_else(|| self.internal(&b, "machine"))?;
                    bindings.push(Binding {
                        machine,
                        interface: names.next(),
                        span: self.span(&b),
                    });
                }
                ModExprKind::Primitive(bindings)
            }
            Rule::named_mod => ModExprKind::Named(self.first_iden(p)?),
            Rule::compose_mod => ModExprKind::Compose(operands(self)?),
            Rule::union_mod => ModExprKind::Union(operands(self)?),
            Rule::hidee_mod => ModExprKind::HideEvents(
                self.lower_event_set(&self.child(p, Rule::event_set)?),
                last(self)?,
            ),
            Rule::hidei_mod => ModExprKind::HideInterfaces(
                self.lower_iden_list(&self.child(p, Rule::iden_list)?),
                last(self)?,
            ),
            Rule::assert_mod => ModExprKind::Assert(
                self.lower_iden_list(&self.child(p, Rule::iden_list)?),
                last(self)?,
            ),
            Rule::rename_mod => {
                let names = self.lower_iden_list_direct(p);
                match names.as_slice() {
                    [from, to] => ModExprKind::Rename {
                        from: from.clone(),
                        to: to.clone(),
                        module: last(self)?,
                    },
                    _ => return Err(self.internal(p, "rename names")),
                }
            }
            Rule::main_mod => ModExprKind::Main(self.first_iden(p)?, last(self)?),
            _ => return Err(self.internal(p, "module expression")),
        })
    }

    /// The `iden` children of `p` (not those of nested rules).
    fn lower_iden_list_direct(&self, p: &Pair<'_, Rule>) -> Vec<Ident> {
        self.children(p, Rule::iden)
            .iter()
            .map(|i| self.lower_iden(i))
            .collect()
    }

    /// The module expressions that are direct children of `p`.
    fn child_mod_exprs(&self, p: &Pair<'_, Rule>) -> Lowered<Vec<ModExpr>> {
        p.clone()
            .into_inner()
            .filter(|c| is_mod_expr_rule(c.as_rule()))
            .map(|c| self.lower_mod_expr(&c))
            .collect()
    }

    /// `module_decl` -> [`ModuleDecl`]
    pub(super) fn lower_module_decl(&self, p: &Pair<'_, Rule>) -> Lowered<ModuleDecl> {
        let expr = self
            .child_mod_exprs(p)?
            .pop()
            .ok_or_else(|| self.internal(p, "module expression"))?;
        Ok(ModuleDecl {
            name: self.first_iden(p)?,
            expr,
            span: self.span(p),
        })
    }

    /// `main_machine` (if `p` has one) -> the main machine's name
    fn opt_main(&self, p: &Pair<'_, Rule>) -> Lowered<Option<Ident>> {
        match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::main_machine)
        {
            Some(m) => Ok(Some(self.first_iden(&m)?)),
            None => Ok(None),
        }
    }

    /// `test_decl` -> [`TestDecl`]
    pub(super) fn lower_test_decl(&self, p: &Pair<'_, Rule>) -> Lowered<TestDecl> {
        let mut modules = self.child_mod_exprs(p)?.into_iter();
        let module = modules
            .next()
            .ok_or_else(|| self.internal(p, "module under test"))?;
        let params = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::test_params)
        {
            Some(tp) => Some(self.lower_test_params(&tp)?),
            None => None,
        };
        Ok(TestDecl {
            name: self.first_iden(p)?,
            main: self.opt_main(p)?,
            module,
            refines: modules.next(),
            params,
            span: self.span(p),
        })
    }

    /// `test_params` -> [`TestParams`]
    fn lower_test_params(&self, p: &Pair<'_, Rule>) -> Lowered<TestParams> {
        let mut params = Vec::new();
        for b in self.children(p, Rule::param_binding) {
            params.push((self.first_iden(&b)?, self.child_exprs(&b)?));
        }
        let assume = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::test_assume)
        {
            Some(a) => Some(self.one_expr(&a)?),
            None => None,
        };
        let wise = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::test_wise)
        {
            Some(w) => match w
                .clone()
                .into_inner()
                .find(|c| c.as_rule() == Rule::int_lit)
            {
                Some(k) => Some(self.lower_int_lit(&k).value),
                // `pairwise` is `(2 wise)`.
                None => Some(2),
            },
            None => None,
        };
        Ok(TestParams {
            params,
            assume,
            wise,
            span: self.span(p),
        })
    }

    /// `impl_decl` -> [`ImplementationDecl`]
    pub(super) fn lower_impl_decl(&self, p: &Pair<'_, Rule>) -> Lowered<ImplementationDecl> {
        let module = self
            .child_mod_exprs(p)?
            .pop()
            .ok_or_else(|| self.internal(p, "module expression"))?;
        Ok(ImplementationDecl {
            name: self.first_iden(p)?,
            main: self.opt_main(p)?,
            module,
            span: self.span(p),
        })
    }

    /// `param_decl` -> [`ParamDecl`]
    pub(super) fn lower_param_decl(&self, p: &Pair<'_, Rule>) -> Lowered<ParamDecl> {
        Ok(ParamDecl {
            names: self.lower_iden_list(&self.child(p, Rule::iden_list)?),
            ty: self.lower_ty(&self.first_type(p)?)?,
            span: self.span(p),
        })
    }

    /// `verif_decl` -> [`VerificationDecl`]: its keyword as written, its
    /// name if it has one, and its whole text.
    pub(super) fn lower_verif_decl(&self, p: &Pair<'_, Rule>) -> Lowered<VerificationDecl> {
        let keyword = p
            .clone()
            .into_inner()
            .next()
            .ok_or_else(|| self.internal(p, "keyword"))?;
        let name = p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::iden)
            .map(|i| self.lower_iden(&i));
        let span = self.span(p);
        Ok(VerificationDecl {
            keyword: keyword.as_str().to_owned(),
            name,
            text: self.text_of(span).to_owned(),
            span,
        })
    }
}

/// The rules that build a [`ModExpr`].
fn is_mod_expr_rule(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::paren_mod
            | Rule::primitive_mod
            | Rule::compose_mod
            | Rule::union_mod
            | Rule::hidee_mod
            | Rule::hidei_mod
            | Rule::assert_mod
            | Rule::rename_mod
            | Rule::main_mod
            | Rule::named_mod
    )
}
