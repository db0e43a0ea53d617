//! Parametric tests: `test param (g in [1, 2], b in [true, false])
//! assume (e) (k wise) t [main = M]: ...;` (P's `ParamAssignment` in
//! `Src/PCompiler/CompilerCore/TypeChecker/`).
//!
//! The bindings are checked (each name a declared `param`, bound once, its
//! values int or bool literals of the param's type, listed once), then the
//! test expands into one test case per assignment, as P does:
//!
//! - the cartesian product of the value lists, the **first** param varying
//!   fastest;
//! - `assume (e)` keeps the assignments where `e`, an expression over the
//!   test's params, is true (evaluated here, at compile time);
//! - `(k wise)` (`pairwise` is `2 wise`) keeps a covering subset instead,
//!   chosen greedily: while some combination of values of `k` params that
//!   some kept assignment has is not yet covered, take the assignment that
//!   covers the most uncovered ones (the earliest on a tie). With `k` equal
//!   to the number of params every assignment is kept.
//!
//! Each case is named `t___g_1__b_true`, a negative int written `neg5`
//! (P's `RenameSafetyTestByAssignment`), params in the order the test lists
//! them.

use super::Checker;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;
use std::collections::BTreeSet;

/// The most assignments (before `assume`) a parametric test may have: each
/// becomes a test case in the generated program.
const MAX_CASES: u64 = 10_000;

/// One test case's bindings, in the test's order.
pub(super) type Assignment = Vec<(ParamId, ParamValue)>;

impl Checker<'_> {
    /// The test cases of a parametric test `test` in P's order, or `None`
    /// after reporting what is wrong with its parameters.
    pub(super) fn param_cases(
        &mut self,
        test: &ast::Ident,
        tp: &ast::TestParams,
    ) -> Option<Vec<Assignment>> {
        let errors_before = self.diags.len();
        let mut ok = true;
        let mut bound: Vec<(ParamId, Vec<ParamValue>)> = Vec::new();
        let mut first_span: Vec<(ParamId, Span)> = Vec::new();
        for (name, values) in &tp.params {
            let Some(p) = self.names.param(&name.name) else {
                self.error(
                    Diagnostic::error(
                        name.span,
                        format!("unknown param `{}` in test `{}`", name.name, test.name),
                    )
                    .with_note(format!(
                        "declare it at top level, for example `param {}: int;`",
                        name.name
                    )),
                );
                ok = false;
                continue;
            };
            if let Some((_, first)) = first_span.iter().find(|(q, _)| *q == p) {
                self.error(
                    Diagnostic::error(
                        name.span,
                        format!(
                            "param `{}` is bound twice in test `{}`",
                            name.name, test.name
                        ),
                    )
                    .with_label(*first, "first bound here"),
                );
                ok = false;
                continue;
            }
            first_span.push((p, name.span));
            let mut vals: Vec<(ParamValue, Span)> = Vec::new();
            for v in values {
                let Some(value) = self.param_value(v, p) else {
                    ok = false;
                    continue;
                };
                if let Some((_, first)) = vals.iter().find(|(w, _)| *w == value) {
                    self.error(
                        Diagnostic::error(
                            v.span,
                            format!(
                                "value `{}` is listed twice for param `{}`",
                                show(value),
                                name.name
                            ),
                        )
                        .with_label(*first, "first listed here")
                        .with_note("each value names its own test case"),
                    );
                    ok = false;
                    continue;
                }
                vals.push((value, v.span));
            }
            bound.push((p, vals.into_iter().map(|(v, _)| v).collect()));
        }
        if let Some(e) = &tp.assume {
            match self.assume_type(e, &bound, test) {
                Some(TypeId::BOOL) | None => {}
                Some(t) => {
                    self.error(Diagnostic::error(
                        e.span,
                        format!(
                            "the assume expression of a parametric test must be a `bool`, not an `{}`",
                            self.ty(t)
                        ),
                    ));
                    ok = false;
                }
            }
        }
        let n = tp.params.len() as u64;
        if let Some(k) = tp.wise {
            if k < 1 || k > n {
                self.error(
                    Diagnostic::error(
                        tp.span,
                        format!(
                            "`({k} wise)` needs 1 <= {k} <= {n}, the number of params test `{}` binds",
                            test.name
                        ),
                    )
                    .with_note("`k wise` covers every combination of values of any k params"),
                );
                ok = false;
            }
        }
        if !ok || self.diags.len() != errors_before {
            return None;
        }
        let total = bound
            .iter()
            .fold(1u64, |acc, (_, v)| acc.saturating_mul(v.len() as u64));
        if total > MAX_CASES {
            self.error(
                Diagnostic::error(
                    tp.span,
                    format!(
                        "test `{}` binds {total} combinations of values; this tool expands at most {MAX_CASES}",
                        test.name
                    ),
                )
                .with_note("bind fewer values, or keep a covering subset with `(2 wise)`"),
            );
            return None;
        }
        let mut cases = Vec::new();
        for a in product(&bound) {
            let keep = match &tp.assume {
                None => true,
                Some(e) => match eval(e, &|name| {
                    a.iter()
                        .find(|(p, _)| self.m.params[p.index()].name == name)
                        .map(|(_, v)| *v)
                }) {
                    Ok(ParamValue::Bool(b)) => b,
                    Ok(ParamValue::Int(_)) => false,
                    Err((span, why)) => {
                        self.error(Diagnostic::error(
                            span,
                            format!(
                                "the assume expression of test `{}` fails for {}: {why}",
                                test.name,
                                self.describe_assignment(&a)
                            ),
                        ));
                        return None;
                    }
                },
            };
            if keep {
                cases.push(a);
            }
        }
        if cases.is_empty() {
            self.error(
                Diagnostic::error(
                    tp.assume.as_ref().map_or(tp.span, |e| e.span),
                    format!(
                        "the assume expression of test `{}` holds for no combination of its values, so the test has no case to run",
                        test.name
                    ),
                ),
            );
            return None;
        }
        if let Some(k) = tp.wise {
            let sizes: Vec<usize> = bound.iter().map(|(_, v)| v.len()).collect();
            let indices: Vec<Vec<usize>> = cases.iter().map(|a| index_of(a, &bound)).collect();
            let picked = t_wise(&sizes, &indices, k as usize);
            cases = picked.into_iter().map(|i| cases[i].clone()).collect();
        }
        Some(cases)
    }

    /// A value of a param's list: an int literal (maybe negated) or a bool
    /// literal of the param's type.
    fn param_value(&mut self, e: &ast::Expr, p: ParamId) -> Option<ParamValue> {
        use ast::ExprKind as E;
        let value = match &e.kind {
            E::Int(v) if *v <= i32::MAX as u64 => ParamValue::Int(*v as i64),
            E::Unary(ast::UnaryOp::Neg, inner) => match &inner.kind {
                E::Int(v) if *v <= i32::MAX as u64 => ParamValue::Int(-(*v as i64)),
                E::Int(_) => return self.literal_too_big(e.span),
                _ => return self.not_a_literal(e.span),
            },
            E::Int(_) => return self.literal_too_big(e.span),
            E::Bool(b) => ParamValue::Bool(*b),
            _ => return self.not_a_literal(e.span),
        };
        let decl = &self.m.params[p.index()];
        let ty = match value {
            ParamValue::Int(_) => TypeId::INT,
            ParamValue::Bool(_) => TypeId::BOOL,
        };
        if decl.ty != ty && decl.ty != TypeId::ERROR {
            let d = Diagnostic::error(
                e.span,
                format!(
                    "param `{}` is declared `{}`, but this value has type `{}`",
                    decl.name,
                    self.ty(decl.ty),
                    self.ty(ty)
                ),
            )
            .with_label(decl.span, "declared here");
            self.error(d);
            return None;
        }
        Some(value)
    }

    fn not_a_literal(&mut self, span: Span) -> Option<ParamValue> {
        self.error(
            Diagnostic::error(
                span,
                "a param's value must be an int or bool literal (`3`, `-3`, `true`)",
            )
            .with_note("P's parametric tests list literal values only"),
        );
        None
    }

    fn literal_too_big(&mut self, span: Span) -> Option<ParamValue> {
        self.error(Diagnostic::error(
            span,
            "this int value does not fit in 32 bits",
        ));
        None
    }

    /// The type of an assume expression (int or bool), or `None` after
    /// reporting an error. It may read only the params the test binds.
    fn assume_type(
        &mut self,
        e: &ast::Expr,
        bound: &[(ParamId, Vec<ParamValue>)],
        test: &ast::Ident,
    ) -> Option<TypeId> {
        use ast::BinaryOp as B;
        use ast::ExprKind as E;
        match &e.kind {
            E::Int(v) if *v <= i32::MAX as u64 => Some(TypeId::INT),
            E::Int(_) => {
                self.literal_too_big(e.span);
                None
            }
            E::Bool(_) => Some(TypeId::BOOL),
            E::Paren(inner) => self.assume_type(inner, bound, test),
            E::Name(name) => {
                let Some(p) = self.names.param(&name.name) else {
                    self.error(
                        Diagnostic::error(
                            name.span,
                            format!("unknown name `{}` in an assume expression", name.name),
                        )
                        .with_note("an assume expression reads only the params its test binds"),
                    );
                    return None;
                };
                if !bound.iter().any(|(q, _)| *q == p) {
                    self.error(Diagnostic::error(
                        name.span,
                        format!(
                            "the assume expression reads param `{}`, which test `{}` does not bind",
                            name.name, test.name
                        ),
                    ));
                    return None;
                }
                let ty = self.m.params[p.index()].ty;
                (ty != TypeId::ERROR).then_some(ty)
            }
            E::Unary(op, inner) => {
                let t = self.assume_type(inner, bound, test)?;
                let want = match op {
                    ast::UnaryOp::Neg => TypeId::INT,
                    ast::UnaryOp::Not => TypeId::BOOL,
                };
                self.assume_operand(inner.span, t, want)?;
                Some(want)
            }
            E::Binary(op, l, r) => {
                let lt = self.assume_type(l, bound, test);
                let rt = self.assume_type(r, bound, test);
                let (lt, rt) = (lt?, rt?);
                let (operand, result) = match op {
                    B::Add | B::Sub | B::Mul | B::Div | B::Mod => (Some(TypeId::INT), TypeId::INT),
                    B::Lt | B::Gt | B::Le | B::Ge => (Some(TypeId::INT), TypeId::BOOL),
                    B::And | B::Or => (Some(TypeId::BOOL), TypeId::BOOL),
                    B::Eq | B::Ne => (None, TypeId::BOOL),
                    B::In | B::Implies | B::Iff => return self.assume_unsupported(e.span),
                };
                match operand {
                    Some(want) => {
                        self.assume_operand(l.span, lt, want)?;
                        self.assume_operand(r.span, rt, want)?;
                    }
                    None if lt != rt => {
                        self.error(Diagnostic::error(
                            e.span,
                            format!(
                                "cannot compare a `{}` with a `{}`",
                                self.ty(lt),
                                self.ty(rt)
                            ),
                        ));
                        return None;
                    }
                    None => {}
                }
                Some(result)
            }
            _ => self.assume_unsupported(e.span),
        }
    }

    fn assume_operand(&mut self, span: Span, got: TypeId, want: TypeId) -> Option<()> {
        if got == want {
            return Some(());
        }
        self.error(Diagnostic::error(
            span,
            format!(
                "expected a value of type `{}` here, found `{}`",
                self.ty(want),
                self.ty(got)
            ),
        ));
        None
    }

    fn assume_unsupported(&mut self, span: Span) -> Option<TypeId> {
        self.error(
            Diagnostic::error(span, "an assume expression cannot use this")
                .with_note("it may use the test's params, int and bool literals, parentheses, `-` `!` `+` `-` `*` `/` `%` `<` `<=` `>` `>=` `==` `!=` `&&` `||`"),
        );
        None
    }

    /// `g1 = 1, b = true`, for messages.
    fn describe_assignment(&self, a: &Assignment) -> String {
        let parts: Vec<String> = a
            .iter()
            .map(|(p, v)| format!("{} = {}", self.m.params[p.index()].name, show(*v)))
            .collect();
        parts.join(", ")
    }
}

/// A value as P source writes it.
fn show(v: ParamValue) -> String {
    match v {
        ParamValue::Int(n) => n.to_string(),
        ParamValue::Bool(b) => b.to_string(),
    }
}

/// The name of the test case of test `test` for assignment `a`.
pub(super) fn case_name(m: &Model, test: &str, a: &Assignment) -> String {
    let parts: Vec<String> = a
        .iter()
        .map(|(p, v)| format!("{}_{}", m.params[p.index()].name, v.name_text()))
        .collect();
    format!("{test}___{}", parts.join("__"))
}

/// Every assignment, the first param varying fastest.
fn product(bound: &[(ParamId, Vec<ParamValue>)]) -> Vec<Assignment> {
    let mut out = Vec::new();
    let mut idx = vec![0usize; bound.len()];
    if bound.iter().any(|(_, v)| v.is_empty()) {
        return out;
    }
    loop {
        out.push(
            bound
                .iter()
                .zip(&idx)
                .map(|((p, vals), &i)| (*p, vals[i]))
                .collect(),
        );
        let mut k = 0;
        loop {
            if k == idx.len() {
                return out;
            }
            idx[k] += 1;
            if idx[k] < bound[k].1.len() {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
    }
}

/// The position of each bound value in its param's list.
fn index_of(a: &Assignment, bound: &[(ParamId, Vec<ParamValue>)]) -> Vec<usize> {
    a.iter()
        .zip(bound)
        .map(|((_, v), (_, vals))| vals.iter().position(|w| w == v).unwrap_or(0))
        .collect()
}

/// P's greedy `k`-wise cover: the positions (into `cases`, each a value
/// index per param, `sizes[i]` values for param `i`) of the cases kept, in
/// the order they were chosen.
pub(super) fn t_wise(sizes: &[usize], cases: &[Vec<usize>], k: usize) -> Vec<usize> {
    if k >= sizes.len() {
        return (0..cases.len()).collect();
    }
    // A k-combination of values: the params (ascending) and their values.
    type Tuple = Vec<(usize, usize)>;
    let combos = combinations(sizes.len(), k);
    let covers = |case: &Vec<usize>| -> BTreeSet<Tuple> {
        combos
            .iter()
            .map(|c| c.iter().map(|&p| (p, case[p])).collect())
            .collect()
    };
    let mut coverage: Vec<Option<BTreeSet<Tuple>>> =
        cases.iter().map(|c| Some(covers(c))).collect();
    let mut uncovered: BTreeSet<Tuple> = coverage.iter().flatten().flatten().cloned().collect();
    let mut picked = Vec::new();
    while !uncovered.is_empty() {
        let mut best: Option<(usize, usize)> = None;
        for (i, c) in coverage.iter().enumerate() {
            if let Some(c) = c {
                let n = c.iter().filter(|t| uncovered.contains(*t)).count();
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((i, n));
                }
            }
        }
        let Some((i, _)) = best else { break };
        if let Some(c) = coverage[i].take() {
            for t in &c {
                uncovered.remove(t);
            }
        }
        picked.push(i);
    }
    picked
}

/// Every ascending choice of `k` of `0..n`, in lexicographic order.
fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut cur = Vec::with_capacity(k);
    fn go(start: usize, n: usize, k: usize, cur: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if cur.len() == k {
            out.push(cur.clone());
            return;
        }
        for i in start..n {
            cur.push(i);
            go(i + 1, n, k, cur, out);
            cur.pop();
        }
    }
    go(0, n, k, &mut cur, &mut out);
    out
}

/// Evaluates a checked assume expression, `lookup` giving the value of
/// each param; an arithmetic failure is returned with its span.
fn eval(
    e: &ast::Expr,
    lookup: &dyn Fn(&str) -> Option<ParamValue>,
) -> Result<ParamValue, (Span, &'static str)> {
    use ast::BinaryOp as B;
    use ast::ExprKind as E;
    let int = |v: ParamValue| match v {
        ParamValue::Int(n) => n,
        ParamValue::Bool(b) => b as i64,
    };
    let boolean = |v: ParamValue| matches!(v, ParamValue::Bool(true));
    let overflow = (e.span, "the arithmetic overflows");
    Ok(match &e.kind {
        E::Int(v) => ParamValue::Int(*v as i64),
        E::Bool(b) => ParamValue::Bool(*b),
        E::Paren(inner) => eval(inner, lookup)?,
        E::Name(n) => lookup(&n.name).ok_or((e.span, "unknown name"))?,
        E::Unary(ast::UnaryOp::Neg, inner) => {
            ParamValue::Int(int(eval(inner, lookup)?).checked_neg().ok_or(overflow)?)
        }
        E::Unary(ast::UnaryOp::Not, inner) => ParamValue::Bool(!boolean(eval(inner, lookup)?)),
        E::Binary(B::And, l, r) => {
            ParamValue::Bool(boolean(eval(l, lookup)?) && boolean(eval(r, lookup)?))
        }
        E::Binary(B::Or, l, r) => {
            ParamValue::Bool(boolean(eval(l, lookup)?) || boolean(eval(r, lookup)?))
        }
        E::Binary(op, l, r) => {
            let (l, r) = (eval(l, lookup)?, eval(r, lookup)?);
            let (x, y) = (int(l), int(r));
            match op {
                B::Add => ParamValue::Int(x.checked_add(y).ok_or(overflow)?),
                B::Sub => ParamValue::Int(x.checked_sub(y).ok_or(overflow)?),
                B::Mul => ParamValue::Int(x.checked_mul(y).ok_or(overflow)?),
                B::Div | B::Mod if y == 0 => return Err((e.span, "division by zero")),
                B::Div => ParamValue::Int(x.checked_div(y).ok_or(overflow)?),
                B::Mod => ParamValue::Int(x.checked_rem(y).ok_or(overflow)?),
                B::Lt => ParamValue::Bool(x < y),
                B::Gt => ParamValue::Bool(x > y),
                B::Le => ParamValue::Bool(x <= y),
                B::Ge => ParamValue::Bool(x >= y),
                B::Eq => ParamValue::Bool(l == r),
                B::Ne => ParamValue::Bool(l != r),
                _ => return Err((e.span, "unsupported operator")),
            }
        }
        _ => return Err((e.span, "unsupported expression")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every index vector of a product, the first position varying fastest.
    fn all(sizes: &[usize]) -> Vec<Vec<usize>> {
        let bound: Vec<(ParamId, Vec<ParamValue>)> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let vals = (0..n as i64).map(ParamValue::Int).collect();
                (ParamId(i as u32), vals)
            })
            .collect();
        product(&bound)
            .iter()
            .map(|a| index_of(a, &bound))
            .collect()
    }

    fn check(sizes: &[usize], k: usize, expected: &[&str]) {
        let cases = all(sizes);
        let got: Vec<String> = t_wise(sizes, &cases, k)
            .into_iter()
            .map(|i| cases[i].iter().map(|v| v.to_string()).collect())
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn the_product_varies_the_first_param_fastest() {
        let got: Vec<String> = all(&[3, 2])
            .iter()
            .map(|c| c.iter().map(|v| v.to_string()).collect())
            .collect();
        assert_eq!(got, ["00", "10", "20", "01", "11", "21"]);
    }

    // The expected cases are those P's compiler lists for the same value
    // list sizes (p-org/P, `Tst/RegressionTests/Feature1SMLevelDecls/
    // Correct/ParamTest/ExpectedParametricTests.txt`), as value positions.
    #[test]
    fn one_wise_covers_each_value_once_as_p_does() {
        check(&[2, 2, 3, 2, 2, 2], 1, &["000000", "111111", "002000"]);
    }

    #[test]
    fn two_wise_picks_the_cases_p_picks() {
        let expected = [
            "000000", "111110", "110201", "001211", "101001", "000101", "010010", "000200",
        ];
        check(&[2, 2, 2, 3, 2, 2], 2, &expected);
    }

    #[test]
    fn three_wise_picks_the_cases_p_picks() {
        let expected = [
            "000000", "111100", "110011", "001111", "101010", "010110", "011001", "100101",
            "110000", "001100", "000011", "111111",
        ];
        check(&[2, 2, 2, 2, 2, 2], 3, &expected);
    }

    #[test]
    fn k_equal_to_the_number_of_params_keeps_every_case() {
        let cases = all(&[2, 3]);
        assert_eq!(t_wise(&[2, 3], &cases, 2), (0..6).collect::<Vec<_>>());
    }

    #[test]
    fn negative_values_are_named_as_p_names_them() {
        assert_eq!(ParamValue::Int(-12).name_text(), "neg12");
        assert_eq!(ParamValue::Int(7).name_text(), "7");
        assert_eq!(ParamValue::Bool(false).name_text(), "false");
    }
}
