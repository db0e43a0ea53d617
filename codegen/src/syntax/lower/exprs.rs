//! Lowering of expressions: the PrattParser folds `expr`'s flat sequence of
//! operators and operands with P's precedence (see `grammar::PRATT`).

use super::{Lowered, Lowerer};
use crate::syntax::ast::*;
use crate::syntax::grammar::{PRATT, Rule};
use pest::iterators::Pair;

impl Lowerer<'_> {
    /// `expr` -> [`Expr`]
    pub(super) fn lower_expr(&self, p: &Pair<'_, Rule>) -> Lowered<Expr> {
        let span = self.span(p);
        let pairs = p.clone().into_inner();
        // Each operator can add a level to the tree; counting them before
        // folding also bounds the PrattParser's recursion on prefix chains.
        let ops = pairs.clone().filter(|x| is_operator(x.as_rule())).count();
        let levels = u32::try_from(ops).unwrap_or(u32::MAX).saturating_add(1);
        self.nested(span, levels, || {
            PRATT
                .map_primary(|x| self.lower_primary(&x))
                .map_prefix(|op, rhs| self.lower_prefix(&op, rhs?))
                .map_postfix(|lhs, op| self.apply_postfix(lhs?, &op))
                .map_infix(|lhs, op, rhs| self.lower_infix(lhs?, &op, rhs?))
                .parse(pairs)
        })
    }

    /// A prefix operator applied to its operand.
    fn lower_prefix(&self, op: &Pair<'_, Rule>, rhs: Expr) -> Lowered<Expr> {
        let span = self.span(op).to(rhs.span);
        let kind = match op.as_rule() {
            Rule::neg => ExprKind::Unary(UnaryOp::Neg, Box::new(rhs)),
            Rule::not => ExprKind::Unary(UnaryOp::Not, Box::new(rhs)),
            Rule::verif_prefix => self.verification(op.as_str().split_whitespace().next(), span),
            _ => return Err(self.internal(op, "prefix operator")),
        };
        Ok(Expr { kind, span })
    }

    /// A binary operator applied to its operands.
    fn lower_infix(&self, lhs: Expr, op: &Pair<'_, Rule>, rhs: Expr) -> Lowered<Expr> {
        let span = lhs.span.to(rhs.span);
        let bin = match op.as_rule() {
            Rule::iff => BinaryOp::Iff,
            Rule::implies => BinaryOp::Implies,
            Rule::or => BinaryOp::Or,
            Rule::and => BinaryOp::And,
            Rule::eq => BinaryOp::Eq,
            Rule::ne => BinaryOp::Ne,
            Rule::le => BinaryOp::Le,
            Rule::ge => BinaryOp::Ge,
            Rule::lt => BinaryOp::Lt,
            Rule::gt => BinaryOp::Gt,
            Rule::in_op => BinaryOp::In,
            Rule::mul => BinaryOp::Mul,
            Rule::div => BinaryOp::Div,
            Rule::modulo => BinaryOp::Mod,
            Rule::add => BinaryOp::Add,
            Rule::sub => BinaryOp::Sub,
            Rule::targets => {
                return Ok(Expr {
                    kind: self.verification(Some("targets"), span),
                    span,
                });
            }
            _ => return Err(self.internal(op, "binary operator")),
        };
        Ok(Expr {
            kind: ExprKind::Binary(bin, Box::new(lhs), Box::new(rhs)),
            span,
        })
    }

    /// A postfix operator (`.f`, `.0`, `[i]`, `as T`, `to T`, `is S`)
    /// applied to its operand; l-values use it too.
    pub(super) fn apply_postfix(&self, lhs: Expr, op: &Pair<'_, Rule>) -> Lowered<Expr> {
        let span = lhs.span.to(self.span(op));
        let kind = match op.as_rule() {
            Rule::field => match op.clone().into_inner().next() {
                Some(f) if f.as_rule() == Rule::int_lit => {
                    ExprKind::TupleField(Box::new(lhs), self.lower_int_lit(&f))
                }
                Some(f) => ExprKind::Field(Box::new(lhs), self.lower_iden(&f)),
                None => return Err(self.internal(op, "field name")),
            },
            Rule::index => ExprKind::Index(Box::new(lhs), Box::new(self.one_expr(op)?)),
            Rule::cast => {
                let kind = if self.has_child(op, Rule::kw_to) {
                    CastKind::To
                } else {
                    CastKind::As
                };
                ExprKind::Cast(Box::new(lhs), kind, self.lower_ty(&self.first_type(op)?)?)
            }
            Rule::is_test => self.verification(Some("is"), span),
            _ => return Err(self.internal(op, "postfix operator")),
        };
        Ok(Expr { kind, span })
    }

    /// A PVerifier expression, kept as its source text.
    fn verification(&self, keyword: Option<&str>, span: crate::source::Span) -> ExprKind {
        ExprKind::Verification {
            keyword: keyword.unwrap_or("").to_owned(),
            text: self.text_of(span).to_owned(),
        }
    }

    /// One of `primary`'s alternatives -> [`Expr`]
    fn lower_primary(&self, p: &Pair<'_, Rule>) -> Lowered<Expr> {
        let span = self.span(p);
        let boxed = |this: &Self| this.one_expr(p).map(Box::new);
        let kind = match p.as_rule() {
            Rule::named_tuple => {
                let mut fields = Vec::new();
                for f in self.children(p, Rule::named_field) {
                    fields.push((self.first_iden(&f)?, self.one_expr(&f)?));
                }
                ExprKind::NamedTuple(fields)
            }
            Rule::paren_expr => self.lower_paren_expr(p)?,
            Rule::float_lit => ExprKind::Float {
                // The grammar admits only digits and one dot, which always
                // parse; a non-number would only come from a grammar bug.
                value: p.as_str().parse().unwrap_or(f64::NAN),
                text: p.as_str().to_owned(),
            },
            Rule::int_lit => ExprKind::Int(self.lower_int_lit(p).value),
            Rule::kw_true => ExprKind::Bool(true),
            Rule::kw_false => ExprKind::Bool(false),
            Rule::kw_null => ExprKind::Null,
            Rule::fair_nondet => ExprKind::FairNondet,
            Rule::nondet => ExprKind::Nondet,
            Rule::kw_halt => ExprKind::Halt,
            Rule::kw_this => ExprKind::This,
            Rule::keys_expr => ExprKind::Keys(boxed(self)?),
            Rule::values_expr => ExprKind::Values(boxed(self)?),
            Rule::sizeof_expr => ExprKind::Sizeof(boxed(self)?),
            Rule::default_expr => ExprKind::Default(self.lower_ty(&self.first_type(p)?)?),
            Rule::new_expr => ExprKind::New {
                machine: self.first_iden(p)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::choose_expr => ExprKind::Choose(self.child_exprs(p)?.pop().map(Box::new)),
            Rule::format_expr => ExprKind::Format {
                raw: self.string_raw(&self.child(p, Rule::string_lit)?)?,
                args: self.lower_opt_args(p)?,
            },
            Rule::float_exp => {
                let parts = self.children(p, Rule::int_lit);
                match parts.as_slice() {
                    [m, e] => ExprKind::FloatExp {
                        mantissa: self.lower_int_lit(m).value,
                        exponent: self.lower_int_lit(e).value,
                    },
                    _ => return Err(self.internal(p, "mantissa and exponent")),
                }
            }
            Rule::string_lit => ExprKind::Str {
                raw: self.string_raw(p)?,
            },
            Rule::quantifier => {
                let word = p.as_str().split_whitespace().next();
                self.verification(word, span)
            }
            Rule::name => match p
                .clone()
                .into_inner()
                .find(|c| c.as_rule() == Rule::call_args)
            {
                Some(call) => ExprKind::Call {
                    fun: self.first_iden(p)?,
                    args: self.lower_opt_args(&call)?,
                },
                None => ExprKind::Name(self.first_iden(p)?),
            },
            _ => return Err(self.internal(p, "operand")),
        };
        Ok(Expr { kind, span })
    }

    /// `paren_expr` -> [`ExprKind::Paren`] or [`ExprKind::Tuple`]
    fn lower_paren_expr(&self, p: &Pair<'_, Rule>) -> Lowered<ExprKind> {
        let first = self.one_expr(p)?;
        match p
            .clone()
            .into_inner()
            .find(|c| c.as_rule() == Rule::tuple_rest)
        {
            Some(rest) => {
                let mut elems = vec![first];
                elems.extend(self.child_exprs(&rest)?);
                Ok(ExprKind::Tuple(elems))
            }
            None => Ok(ExprKind::Paren(Box::new(first))),
        }
    }

    /// The text between a string literal's quotes, escapes undecoded.
    fn string_raw(&self, p: &Pair<'_, Rule>) -> Lowered<String> {
        Ok(self.child(p, Rule::string_inner)?.as_str().to_owned())
    }
}

/// The operator rules of `expr`, which the PrattParser folds.
fn is_operator(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::neg
            | Rule::not
            | Rule::verif_prefix
            | Rule::field
            | Rule::index
            | Rule::cast
            | Rule::is_test
            | Rule::iff
            | Rule::implies
            | Rule::or
            | Rule::and
            | Rule::eq
            | Rule::ne
            | Rule::le
            | Rule::ge
            | Rule::lt
            | Rule::gt
            | Rule::in_op
            | Rule::targets
            | Rule::mul
            | Rule::div
            | Rule::modulo
            | Rule::add
            | Rule::sub
    )
}
