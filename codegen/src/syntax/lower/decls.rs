//! Lowering of types and of the declarations that make up machines:
//! typedefs, enums, events, interfaces, machines, variables, functions and
//! states.

use super::{FunOrContract, Lowered, Lowerer};
use crate::syntax::ast::*;
use crate::syntax::grammar::Rule;
use pest::iterators::Pair;

impl Lowerer<'_> {
    /// `ty_*` -> [`TypeExpr`]
    pub(super) fn lower_ty(&self, p: &Pair<'_, Rule>) -> Lowered<TypeExpr> {
        let span = self.span(p);
        let elems = |this: &Self| -> Lowered<Vec<TypeExpr>> {
            p.clone()
                .into_inner()
                .filter(|c| is_type_rule(c.as_rule()))
                .map(|c| this.lower_ty(&c))
                .collect()
        };
        let boxed_one = |this: &Self| -> Lowered<Box<TypeExpr>> {
            elems(this)?
                .pop()
                .map(Box::new)
                .ok_or_else(|| this.internal(p, "element type"))
        };
        let kind = self.nested(span, 1, || {
            Ok(match p.as_rule() {
                Rule::ty_seq => TypeExprKind::Seq(boxed_one(self)?),
                Rule::ty_set => TypeExprKind::Set(boxed_one(self)?),
                Rule::ty_map => {
                    let mut kv = elems(self)?.into_iter();
                    match (kv.next(), kv.next()) {
                        (Some(k), Some(v)) => TypeExprKind::Map(Box::new(k), Box::new(v)),
                        _ => return Err(self.internal(p, "map key and value")),
                    }
                }
                Rule::ty_tuple => TypeExprKind::Tuple(elems(self)?),
                Rule::ty_named_tuple => {
                    let mut fields = Vec::new();
                    for f in self.children(p, Rule::iden_type) {
                        let name = self.first_iden(&f)?;
                        let ty = self.lower_ty(&self.first_type(&f)?)?;
                        fields.push((name, ty));
                    }
                    TypeExprKind::NamedTuple(fields)
                }
                Rule::ty_prim => self.lower_ty_prim(p)?,
                Rule::ty_named => TypeExprKind::Named(self.first_iden(p)?),
                _ => return Err(self.internal(p, "type")),
            })
        })?;
        Ok(TypeExpr { kind, span })
    }

    /// `ty_prim` -> a primitive [`TypeExprKind`]
    fn lower_ty_prim(&self, p: &Pair<'_, Rule>) -> Lowered<TypeExprKind> {
        let kw = p
            .clone()
            .into_inner()
            .next()
            .ok_or_else(|| self.internal(p, "primitive type"))?;
        Ok(match kw.as_rule() {
            Rule::kw_bool => TypeExprKind::Bool,
            Rule::kw_int => TypeExprKind::Int,
            Rule::kw_float => TypeExprKind::Float,
            Rule::kw_string => TypeExprKind::String,
            Rule::kw_event => TypeExprKind::Event,
            Rule::kw_machine => TypeExprKind::Machine,
            Rule::kw_data => TypeExprKind::Data,
            Rule::kw_any => TypeExprKind::Any,
            _ => return Err(self.internal(p, "primitive type")),
        })
    }

    /// The first child of `p` that is a type.
    pub(super) fn first_type<'i>(&self, p: &Pair<'i, Rule>) -> Lowered<Pair<'i, Rule>> {
        p.clone()
            .into_inner()
            .find(|c| is_type_rule(c.as_rule()))
            .ok_or_else(|| self.internal(p, "no type"))
    }

    /// The type of `p`, if it has one.
    pub(super) fn opt_type(&self, p: &Pair<'_, Rule>) -> Lowered<Option<TypeExpr>> {
        match p.clone().into_inner().find(|c| is_type_rule(c.as_rule())) {
            Some(t) => Ok(Some(self.lower_ty(&t)?)),
            None => Ok(None),
        }
    }

    /// `type_def` -> [`TypeDef`]
    pub(super) fn lower_type_def(&self, p: &Pair<'_, Rule>) -> Lowered<TypeDef> {
        Ok(TypeDef {
            name: self.first_iden(p)?,
            ty: self.opt_type(p)?,
            span: self.span(p),
        })
    }

    /// `enum_decl` -> [`EnumDecl`]
    pub(super) fn lower_enum_decl(&self, p: &Pair<'_, Rule>) -> Lowered<EnumDecl> {
        let mut elems = Vec::new();
        for e in p.clone().into_inner() {
            let value = match e.as_rule() {
                Rule::plain_elem => None,
                Rule::numbered_elem => Some(self.lower_int_lit(&self.child(&e, Rule::int_lit)?)),
                _ => continue,
            };
            elems.push(EnumElem {
                name: self.first_iden(&e)?,
                value,
                span: self.span(&e),
            });
        }
        Ok(EnumDecl {
            name: self.first_iden(p)?,
            elems,
            span: self.span(p),
        })
    }

    /// `event_decl` -> [`EventDecl`]
    pub(super) fn lower_event_decl(&self, p: &Pair<'_, Rule>) -> Lowered<EventDecl> {
        Ok(EventDecl {
            name: self.first_iden(p)?,
            cardinality: self.opt_cardinality(p)?,
            payload: self.opt_type(p)?,
            span: self.span(p),
        })
    }

    /// `cardinality` (if `p` has one) -> [`Cardinality`]
    fn opt_cardinality(&self, p: &Pair<'_, Rule>) -> Lowered<Option<Cardinality>> {
        let Some(c) = p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::cardinality)
        else {
            return Ok(None);
        };
        let kind = if self.has_child(&c, Rule::kw_assume) {
            CardinalityKind::Assume
        } else {
            CardinalityKind::Assert
        };
        Ok(Some(Cardinality {
            kind,
            bound: self.lower_int_lit(&self.child(&c, Rule::int_lit)?),
            span: self.span(&c),
        }))
    }

    /// `event_set_decl` -> [`EventSetDecl`]
    pub(super) fn lower_event_set_decl(&self, p: &Pair<'_, Rule>) -> Lowered<EventSetDecl> {
        Ok(EventSetDecl {
            name: self.first_iden(p)?,
            events: self.lower_event_set(&self.child(p, Rule::event_set)?),
            span: self.span(p),
        })
    }

    /// `event_set` / `event_list` -> event references
    pub(super) fn lower_event_set(&self, p: &Pair<'_, Rule>) -> Vec<EventRef> {
        p.clone()
            .into_inner()
            .filter_map(|e| match e.as_rule() {
                Rule::iden => Some(EventRef::Named(self.lower_iden(&e))),
                Rule::kw_halt => Some(EventRef::Halt(self.span(&e))),
                Rule::kw_null => Some(EventRef::Null(self.span(&e))),
                _ => None,
            })
            .collect()
    }

    /// The `event_set` child of `p` as references; none when absent.
    fn opt_event_set(&self, p: &Pair<'_, Rule>) -> Vec<EventRef> {
        p.clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::event_set)
            .map(|s| self.lower_event_set(&s))
            .unwrap_or_default()
    }

    /// `interface_decl` -> [`InterfaceDecl`]
    pub(super) fn lower_interface_decl(&self, p: &Pair<'_, Rule>) -> Lowered<InterfaceDecl> {
        let receives = self
            .has_child(p, Rule::kw_receives)
            .then(|| self.opt_event_set(p));
        Ok(InterfaceDecl {
            name: self.first_iden(p)?,
            payload: self.opt_type(p)?,
            receives,
            span: self.span(p),
        })
    }

    /// `machine_decl` -> [`MachineDecl`]
    pub(super) fn lower_machine_decl(&self, p: &Pair<'_, Rule>) -> Lowered<MachineDecl> {
        let mut receives = Vec::new();
        let mut sends = Vec::new();
        for c in p.clone().into_inner() {
            match c.as_rule() {
                Rule::machine_receives => receives.push(self.opt_event_set(&c)),
                Rule::machine_sends => sends.push(self.opt_event_set(&c)),
                _ => {}
            }
        }
        Ok(MachineDecl {
            kind: MachineKind::Machine,
            name: self.first_iden(p)?,
            cardinality: self.opt_cardinality(p)?,
            receives,
            sends,
            items: self.lower_machine_body(&self.child(p, Rule::machine_body)?)?,
            span: self.span(p),
        })
    }

    /// `spec_decl` -> [`MachineDecl`] of kind `Spec` or `Scenario`
    pub(super) fn lower_spec_decl(&self, p: &Pair<'_, Rule>) -> Lowered<MachineDecl> {
        let observes = self.lower_event_set(&self.child(p, Rule::event_set)?);
        let kind = if self.has_child(p, Rule::kw_scenario) {
            MachineKind::Scenario { observes }
        } else {
            MachineKind::Spec { observes }
        };
        Ok(MachineDecl {
            kind,
            name: self.first_iden(p)?,
            cardinality: None,
            receives: Vec::new(),
            sends: Vec::new(),
            items: self.lower_machine_body(&self.child(p, Rule::machine_body)?)?,
            span: self.span(p),
        })
    }

    /// `machine_body` -> items; every item is lowered so all errors show.
    fn lower_machine_body(&self, p: &Pair<'_, Rule>) -> Lowered<Vec<MachineItem>> {
        let mut items = Vec::new();
        let mut failed = false;
        for c in p.clone().into_inner() {
            let item = match c.as_rule() {
                Rule::var_decl => self.lower_var_decl(&c).map(MachineItem::Var),
                Rule::fun_decl => self.lower_fun_decl(&c).map(|f| match f {
                    FunOrContract::Fun(f) => MachineItem::Fun(f),
                    FunOrContract::Contract(v) => MachineItem::Verification(v),
                }),
                Rule::state_decl => self.lower_state_decl(&c).map(MachineItem::State),
                Rule::verif_decl => self.lower_verif_decl(&c).map(MachineItem::Verification),
                _ => continue,
            };
            match item {
                Ok(i) => items.push(i),
                Err(_) => failed = true,
            }
        }
        if failed {
            return Err(super::Stop);
        }
        Ok(items)
    }

    /// `var_decl` -> [`VarDecl`]
    pub(super) fn lower_var_decl(&self, p: &Pair<'_, Rule>) -> Lowered<VarDecl> {
        Ok(VarDecl {
            names: self.lower_iden_list(&self.child(p, Rule::iden_list)?),
            ty: self.lower_ty(&self.first_type(p)?)?,
            span: self.span(p),
        })
    }

    /// `fun_param` -> [`Param`]
    pub(super) fn lower_fun_param(&self, p: &Pair<'_, Rule>) -> Lowered<Param> {
        Ok(Param {
            name: self.first_iden(p)?,
            ty: self.lower_ty(&self.first_type(p)?)?,
            span: self.span(p),
        })
    }

    /// `fun_decl` -> [`FunDecl`], or a verification declaration when the
    /// function has PVerifier contracts.
    pub(super) fn lower_fun_decl(&self, p: &Pair<'_, Rule>) -> Lowered<FunOrContract> {
        let name = self.first_iden(p)?;
        if self.has_child(p, Rule::fun_contract) {
            let span = self.span(p);
            return Ok(FunOrContract::Contract(VerificationDecl {
                keyword: "fun".to_owned(),
                name: Some(name),
                text: self.text_of(span).to_owned(),
                span,
            }));
        }
        let params = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::fun_params)
        {
            Some(ps) => self
                .children(&ps, Rule::fun_param)
                .iter()
                .map(|x| self.lower_fun_param(x))
                .collect::<Lowered<Vec<_>>>()?,
            None => Vec::new(),
        };
        let creates = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::creates)
        {
            Some(c) => self.lower_iden_list(&self.child(&c, Rule::iden_list)?),
            None => Vec::new(),
        };
        let body = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::function_body)
        {
            Some(b) => Some(self.lower_function_body(&b)?),
            None => None,
        };
        Ok(FunOrContract::Fun(FunDecl {
            name,
            params,
            ret: self.opt_type(p)?,
            creates,
            body,
            span: self.span(p),
        }))
    }

    /// `function_body` -> [`FunBody`]
    pub(super) fn lower_function_body(&self, p: &Pair<'_, Rule>) -> Lowered<FunBody> {
        let mut locals = Vec::new();
        for v in self.children(p, Rule::var_decl) {
            locals.push(self.lower_var_decl(&v)?);
        }
        Ok(FunBody {
            locals,
            stmts: self.lower_statements(p)?,
            span: self.span(p),
        })
    }

    /// `state_decl` -> [`StateDecl`]
    fn lower_state_decl(&self, p: &Pair<'_, Rule>) -> Lowered<StateDecl> {
        let temperature = if self.has_child(p, Rule::kw_hot) {
            Some(Temperature::Hot)
        } else if self.has_child(p, Rule::kw_cold) {
            Some(Temperature::Cold)
        } else {
            None
        };
        let mut items = Vec::new();
        let mut failed = false;
        for c in p.clone().into_inner() {
            let item = match c.as_rule() {
                Rule::state_entry => self.lower_handler(&c).map(StateItem::Entry),
                Rule::state_exit => self.lower_handler(&c).map(StateItem::Exit),
                Rule::state_defer => self.lower_state_defer(&c),
                Rule::state_ignore => self.lower_state_defer(&c),
                Rule::state_on => self.lower_state_on(&c),
                _ => continue,
            };
            match item {
                Ok(i) => items.push(i),
                Err(_) => failed = true,
            }
        }
        if failed {
            return Err(super::Stop);
        }
        Ok(StateDecl {
            name: self.first_iden(p)?,
            start: self.has_child(p, Rule::kw_start),
            temperature,
            items,
            span: self.span(p),
        })
    }

    /// `state_defer` / `state_ignore` -> [`StateItem::Defer`] / [`StateItem::Ignore`]
    fn lower_state_defer(&self, p: &Pair<'_, Rule>) -> Lowered<StateItem> {
        let events = self.lower_event_set(&self.child(p, Rule::event_set)?);
        Ok(if p.as_rule() == Rule::state_ignore {
            StateItem::Ignore(events, self.span(p))
        } else {
            StateItem::Defer(events, self.span(p))
        })
    }

    /// `state_on` -> [`StateItem::OnDo`] or [`StateItem::OnGoto`]
    fn lower_state_on(&self, p: &Pair<'_, Rule>) -> Lowered<StateItem> {
        let events = self.lower_event_set(&self.child(p, Rule::event_list)?);
        let span = self.span(p);
        if let Some(d) = p.clone().into_inner().find(|c| c.as_rule() == Rule::on_do) {
            return Ok(StateItem::OnDo {
                events,
                handler: self.lower_handler(&d)?,
                span,
            });
        }
        let g = self.child(p, Rule::on_goto)?;
        let with = if self.has_child(&g, Rule::kw_with) {
            Some(self.lower_with_handler(&g)?)
        } else {
            None
        };
        Ok(StateItem::OnGoto {
            events,
            target: self.first_iden(&g)?,
            with,
            span,
        })
    }

    /// The handler after `with` in `on_goto` (the target state comes first).
    fn lower_with_handler(&self, g: &Pair<'_, Rule>) -> Lowered<Handler> {
        if let Some(a) = g
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::anon_handler)
        {
            return Ok(Handler::Anon(self.lower_anon_handler(&a)?));
        }
        match self.children(g, Rule::iden).get(1) {
            Some(f) => Ok(Handler::Named(self.lower_iden(f))),
            None => Err(self.internal(g, "`with` handler")),
        }
    }

    /// The handler of `state_entry`, `state_exit` or `on_do`: a named
    /// function or an anonymous one.
    fn lower_handler(&self, p: &Pair<'_, Rule>) -> Lowered<Handler> {
        for c in p.clone().into_inner() {
            match c.as_rule() {
                Rule::anon_handler => return Ok(Handler::Anon(self.lower_anon_handler(&c)?)),
                Rule::function_body => {
                    return Ok(Handler::Anon(AnonFun {
                        param: None,
                        body: self.lower_function_body(&c)?,
                        span: self.span(&c),
                    }));
                }
                Rule::iden => return Ok(Handler::Named(self.lower_iden(&c))),
                _ => {}
            }
        }
        Err(self.internal(p, "handler"))
    }

    /// `anon_handler` -> [`AnonFun`]
    pub(super) fn lower_anon_handler(&self, p: &Pair<'_, Rule>) -> Lowered<AnonFun> {
        let param = match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::fun_param)
        {
            Some(x) => Some(self.lower_fun_param(&x)?),
            None => None,
        };
        Ok(AnonFun {
            param,
            body: self.lower_function_body(&self.child(p, Rule::function_body)?)?,
            span: self.span(p),
        })
    }
}

/// The rules that build a [`TypeExpr`].
pub(super) fn is_type_rule(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::ty_seq
            | Rule::ty_set
            | Rule::ty_map
            | Rule::ty_tuple
            | Rule::ty_named_tuple
            | Rule::ty_prim
            | Rule::ty_named
    )
}
