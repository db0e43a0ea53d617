//! The pest parser derived from `p.pest`, and the operator table that folds
//! its flat expressions.
//!
//! Only this module and its siblings in `syntax/` see pest's `Rule` names.

use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest_derive::Parser;
use std::sync::LazyLock;

/// The derived parser; `Rule` has one variant per rule of `p.pest`.
#[derive(Parser)]
#[grammar = "syntax/p.pest"]
pub(crate) struct PParser;

/// P's operator precedence, loosest first (PParser.g4 lists it tightest
/// first): `<==>`, `==>`, `||`, `&&`, `== !=`, `< > <= >= in targets`,
/// `as to is`, `+ -`, `* / %`, prefix `- ! sent inflight`, postfix `. []`.
///
/// The casts sit below `+`: `a + b as int` is `(a + b) as int`, as in P.
pub(crate) static PRATT: LazyLock<PrattParser<Rule>> = LazyLock::new(|| {
    PrattParser::new()
        .op(Op::infix(Rule::iff, Assoc::Left))
        .op(Op::infix(Rule::implies, Assoc::Left))
        .op(Op::infix(Rule::or, Assoc::Left))
        .op(Op::infix(Rule::and, Assoc::Left))
        .op(Op::infix(Rule::eq, Assoc::Left) | Op::infix(Rule::ne, Assoc::Left))
        .op(Op::infix(Rule::lt, Assoc::Left)
            | Op::infix(Rule::gt, Assoc::Left)
            | Op::infix(Rule::le, Assoc::Left)
            | Op::infix(Rule::ge, Assoc::Left)
            | Op::infix(Rule::in_op, Assoc::Left)
            | Op::infix(Rule::targets, Assoc::Left))
        .op(Op::postfix(Rule::cast) | Op::postfix(Rule::is_test))
        .op(Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left))
        .op(Op::infix(Rule::mul, Assoc::Left)
            | Op::infix(Rule::div, Assoc::Left)
            | Op::infix(Rule::modulo, Assoc::Left))
        .op(Op::prefix(Rule::neg) | Op::prefix(Rule::not) | Op::prefix(Rule::verif_prefix))
        .op(Op::postfix(Rule::field) | Op::postfix(Rule::index))
});
