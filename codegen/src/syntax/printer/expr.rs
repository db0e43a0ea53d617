//! Printing expressions and types with the fewest parentheses that make the
//! text parse back to the same tree.
//!
//! The rules mirror the PrattParser (see `grammar::PRATT`): an operator
//! written after an expression is absorbed by that expression's right edge
//! when it binds tighter than the loosest sub-parse still open there, and an
//! expression's own top-level operators escape a right operand or a prefix
//! operand when they bind no tighter than it. A tree read from source already
//! carries its `Paren` nodes, so it never needs more parentheses and prints
//! back unchanged; a tree built by hand gets parentheses exactly where
//! needed.

use crate::syntax::ast::*;
use std::fmt::Write;

/// Binding powers, doubled so the prefix operand's binding power (one less
/// than the prefix level, as in pest) sits strictly between two levels.
const IFF: u8 = 2;
const IMPLIES: u8 = 4;
const OR: u8 = 6;
const AND: u8 = 8;
const EQ: u8 = 10;
const REL: u8 = 12;
const CAST: u8 = 14;
const ADD: u8 = 16;
const MUL: u8 = 18;
const PREFIX: u8 = 20;
/// What a prefix operator's operand is parsed with: only postfix operators
/// (level [`POSTFIX`]) bind inside it.
const PREFIX_OPERAND: u8 = PREFIX - 1;
const POSTFIX: u8 = 22;
/// "No operator": an atom, or an edge that nothing can attach to.
const NONE: u8 = u8::MAX;

pub(super) fn binary_power(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Iff => IFF,
        BinaryOp::Implies => IMPLIES,
        BinaryOp::Or => OR,
        BinaryOp::And => AND,
        BinaryOp::Eq | BinaryOp::Ne => EQ,
        BinaryOp::Lt | BinaryOp::Gt | BinaryOp::Le | BinaryOp::Ge | BinaryOp::In => REL,
        BinaryOp::Add | BinaryOp::Sub => ADD,
        BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod => MUL,
    }
}

pub(super) fn binary_text(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::Mod => "%",
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Lt => "<",
        BinaryOp::Gt => ">",
        BinaryOp::Le => "<=",
        BinaryOp::Ge => ">=",
        BinaryOp::In => "in",
        BinaryOp::Eq => "==",
        BinaryOp::Ne => "!=",
        BinaryOp::And => "&&",
        BinaryOp::Or => "||",
        BinaryOp::Implies => "==>",
        BinaryOp::Iff => "<==>",
    }
}

/// The binding power of a postfix node's operator and its operand, if `e`
/// is a postfix node.
fn postfix(e: &Expr) -> Option<(u8, &Expr)> {
    match &e.kind {
        ExprKind::Field(x, _) | ExprKind::TupleField(x, _) | ExprKind::Index(x, _) => {
            Some((POSTFIX, x))
        }
        ExprKind::Cast(x, _, _) => Some((CAST, x)),
        _ => None,
    }
}

/// The loosest operator applied at `e`'s own level (its "left spine"):
/// these escape when `e` is parsed as an operand of something tighter.
fn left_spine(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Binary(op, l, _) => {
            let p = binary_power(*op);
            if left_needs_parens(p, l) {
                p
            } else {
                p.min(left_spine(l))
            }
        }
        _ => match postfix(e) {
            Some((q, x)) if !operand_needs_parens(q, x) => q.min(left_spine(x)),
            Some((q, _)) => q,
            None => NONE,
        },
    }
}

/// The loosest sub-parse still open at `e`'s right edge: an operator
/// written after `e` that binds tighter is absorbed into `e`.
fn right_spine(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Binary(op, _, r) => {
            let p = binary_power(*op);
            if right_needs_parens(p, r) {
                p
            } else {
                p.min(right_spine(r))
            }
        }
        ExprKind::Unary(_, x) => {
            if prefix_operand_needs_parens(x) {
                PREFIX_OPERAND
            } else {
                PREFIX_OPERAND.min(right_spine(x))
            }
        }
        _ => NONE,
    }
}

fn left_needs_parens(p: u8, l: &Expr) -> bool {
    p > right_spine(l)
}

fn right_needs_parens(p: u8, r: &Expr) -> bool {
    left_spine(r) <= p
}

fn prefix_operand_needs_parens(x: &Expr) -> bool {
    left_spine(x) <= PREFIX_OPERAND
}

/// Whether the operand of a postfix operator of power `q` needs parentheses:
/// when the operator would be absorbed by its right edge.
fn operand_needs_parens(q: u8, x: &Expr) -> bool {
    q > right_spine(x)
}

/// Whether the operand of `.name` or `.0` needs parentheses: as any postfix
/// operand, and also when it is a number (`1.0` would read as a float).
fn field_operand_needs_parens(x: &Expr) -> bool {
    operand_needs_parens(POSTFIX, x) || matches!(x.kind, ExprKind::Int(_) | ExprKind::Float { .. })
}

/// Appends `e` to `out`.
pub(super) fn write_expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Name(i) => out.push_str(&i.name),
        ExprKind::Int(v) => {
            let _ = write!(out, "{v}");
        }
        ExprKind::Float { text, .. } => out.push_str(text),
        ExprKind::FloatExp { mantissa, exponent } => {
            let _ = write!(out, "float({mantissa}, {exponent})");
        }
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Str { raw } => {
            let _ = write!(out, "\"{raw}\"");
        }
        ExprKind::Format { raw, args } => {
            let _ = write!(out, "format(\"{raw}\"");
            for a in args {
                out.push_str(", ");
                write_expr(out, a);
            }
            out.push(')');
        }
        ExprKind::Null => out.push_str("null"),
        ExprKind::Nondet => out.push('$'),
        ExprKind::FairNondet => out.push_str("$$"),
        ExprKind::Halt => out.push_str("halt"),
        ExprKind::This => out.push_str("this"),
        ExprKind::Tuple(es) => {
            out.push('(');
            write_list(out, es);
            if es.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::NamedTuple(fs) => {
            out.push('(');
            for (k, (n, v)) in fs.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{} = ", n.name);
                write_expr(out, v);
            }
            if fs.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x);
            out.push(')');
        }
        ExprKind::Field(x, f) => {
            write_wrapped(out, field_operand_needs_parens(x), x);
            let _ = write!(out, ".{}", f.name);
        }
        ExprKind::TupleField(x, n) => {
            write_wrapped(out, field_operand_needs_parens(x), x);
            let _ = write!(out, ".{}", n.value);
        }
        ExprKind::Index(x, i) => {
            write_operand(out, POSTFIX, x);
            out.push('[');
            write_expr(out, i);
            out.push(']');
        }
        ExprKind::Keys(x) => write_call(out, "keys", std::slice::from_ref(&**x)),
        ExprKind::Values(x) => write_call(out, "values", std::slice::from_ref(&**x)),
        ExprKind::Sizeof(x) => write_call(out, "sizeof", std::slice::from_ref(&**x)),
        ExprKind::Default(t) => {
            out.push_str("default(");
            write_type(out, t);
            out.push(')');
        }
        ExprKind::New { machine, args } => {
            out.push_str("new ");
            write_call(out, &machine.name, args);
        }
        ExprKind::Call { fun, args } => write_call(out, &fun.name, args),
        ExprKind::Unary(op, x) => {
            out.push(match op {
                UnaryOp::Neg => '-',
                UnaryOp::Not => '!',
            });
            write_wrapped(out, prefix_operand_needs_parens(x), x);
        }
        ExprKind::Binary(op, l, r) => {
            let p = binary_power(*op);
            write_wrapped(out, left_needs_parens(p, l), l);
            let _ = write!(out, " {} ", binary_text(*op));
            write_wrapped(out, right_needs_parens(p, r), r);
        }
        ExprKind::Cast(x, kind, t) => {
            write_operand(out, CAST, x);
            out.push_str(match kind {
                CastKind::As => " as ",
                CastKind::To => " to ",
            });
            write_type(out, t);
        }
        ExprKind::Choose(x) => match x {
            Some(x) => write_call(out, "choose", std::slice::from_ref(&**x)),
            None => out.push_str("choose()"),
        },
        ExprKind::Verification { text, .. } => out.push_str(text),
    }
}

fn write_operand(out: &mut String, q: u8, x: &Expr) {
    write_wrapped(out, operand_needs_parens(q, x), x);
}

fn write_wrapped(out: &mut String, parens: bool, e: &Expr) {
    if parens {
        out.push('(');
    }
    write_expr(out, e);
    if parens {
        out.push(')');
    }
}

/// `name(a, b)`
fn write_call(out: &mut String, name: &str, args: &[Expr]) {
    out.push_str(name);
    out.push('(');
    write_list(out, args);
    out.push(')');
}

/// `a, b, c`
pub(super) fn write_list(out: &mut String, es: &[Expr]) {
    for (k, e) in es.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        write_expr(out, e);
    }
}

/// Appends the type `t` to `out`.
pub(super) fn write_type(out: &mut String, t: &TypeExpr) {
    match &t.kind {
        TypeExprKind::Bool => out.push_str("bool"),
        TypeExprKind::Int => out.push_str("int"),
        TypeExprKind::Float => out.push_str("float"),
        TypeExprKind::String => out.push_str("string"),
        TypeExprKind::Event => out.push_str("event"),
        TypeExprKind::Machine => out.push_str("machine"),
        TypeExprKind::Data => out.push_str("data"),
        TypeExprKind::Any => out.push_str("any"),
        TypeExprKind::Seq(e) => {
            out.push_str("seq[");
            write_type(out, e);
            out.push(']');
        }
        TypeExprKind::Set(e) => {
            out.push_str("set[");
            write_type(out, e);
            out.push(']');
        }
        TypeExprKind::Map(k, v) => {
            out.push_str("map[");
            write_type(out, k);
            out.push_str(", ");
            write_type(out, v);
            out.push(']');
        }
        TypeExprKind::Tuple(ts) => {
            out.push('(');
            for (k, e) in ts.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_type(out, e);
            }
            out.push(')');
        }
        TypeExprKind::NamedTuple(fs) => {
            out.push('(');
            for (k, (n, e)) in fs.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{}: ", n.name);
                write_type(out, e);
            }
            out.push(')');
        }
        TypeExprKind::Named(i) => out.push_str(&i.name),
    }
}
