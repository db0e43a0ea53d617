//! Property tests: the parser never panics and always explains a
//! rejection with in-bounds spans (random bytes, random token soup, random
//! mutations of valid files), and printing random expression trees then
//! parsing them back gives the same tree (pinning precedence and the
//! printer's parentheses).

mod common;
use p_codegen::diag;
use p_codegen::source::{SourceMap, Span};
use p_codegen::syntax::ast::*;
use p_codegen::syntax::visit::{VisitMut, walk_expr};
use p_codegen::syntax::{self, print_expr};
use proptest::prelude::*;
use std::path::Path;
use std::sync::LazyLock;

/// Parses `text` and checks the parser's contract: no panic; on failure at
/// least one diagnostic, each with a span inside the text, all renderable;
/// on success the tree survives printing and re-parsing.
fn check_contract(text: &str) {
    let mut sm = SourceMap::new();
    let id = sm.add("fuzz.p", text);
    match syntax::parse(&sm, id) {
        Ok(unit) => {
            let printed = syntax::print(&unit);
            let again_id = sm.add("printed.p", printed.clone());
            match syntax::parse(&sm, again_id) {
                Ok(again) => assert_eq!(
                    again.without_spans(),
                    unit.without_spans(),
                    "printing changed the tree of {text:?}:\n{printed}"
                ),
                Err(d) => panic!(
                    "the printed form of {text:?} does not parse:\n{}\n{printed}",
                    diag::render_all(&sm, &d)
                ),
            }
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            for d in &diags {
                assert_eq!(d.span.file, id);
                assert!(d.span.start <= d.span.end, "{d:?}");
                assert!(
                    d.span.end as usize <= text.len(),
                    "{d:?} beyond {}",
                    text.len()
                );
                assert!(!d.message.is_empty());
            }
            assert!(diag::render_all(&sm, &diags).contains("fuzz.p:"));
        }
    }
}

/// Valid P files to mutate: this crate's ok inputs and the repository's models.
static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = common::p_files(&root.join("tests/inputs/parse/ok"));
    files.extend(common::p_files(&root.join("../p-models/tps")));
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect()
});

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: u16, len: u8 },
    Duplicate { at: u16, len: u8 },
    Truncate { at: u16 },
    Swap { a: u16, b: u16, len: u8 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<u16>(), any::<u8>()).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<u16>(), any::<u8>()).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<u16>().prop_map(|at| Mutation::Truncate { at }),
        (any::<u16>(), any::<u16>(), any::<u8>()).prop_map(|(a, b, len)| Mutation::Swap {
            a,
            b,
            len
        }),
    ]
}

/// A position in `0..=len` picked by `at` (spread over the whole file).
fn scale(at: u16, len: usize) -> usize {
    (at as usize * (len + 1)) / (u16::MAX as usize + 1)
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len();
    match *m {
        Mutation::Delete { at, len } => {
            let start = scale(at, n);
            let end = (start + len as usize % 16).min(n);
            bytes.drain(start..end);
        }
        Mutation::Duplicate { at, len } => {
            let start = scale(at, n);
            let end = (start + len as usize % 32).min(n);
            let copy = bytes[start..end].to_vec();
            bytes.splice(start..start, copy);
        }
        Mutation::Truncate { at } => bytes.truncate(scale(at, n)),
        Mutation::Swap { a, b, len } => {
            let len = len as usize % 16;
            let (a, b) = (scale(a, n), scale(b, n));
            let (first, second) = (a.min(b), a.max(b));
            if second + len <= n && first + len <= second {
                for k in 0..len {
                    bytes.swap(first + k, second + k);
                }
            }
        }
    }
}

/// Words and symbols of P, so random soup reaches deep into the grammar.
const TOKENS: &[&str] = &[
    "machine",
    "spec",
    "state",
    "start",
    "hot",
    "event",
    "type",
    "enum",
    "fun",
    "var",
    "entry",
    "exit",
    "on",
    "do",
    "goto",
    "with",
    "defer",
    "ignore",
    "if",
    "else",
    "while",
    "foreach",
    "in",
    "return",
    "send",
    "raise",
    "new",
    "receive",
    "case",
    "assert",
    "module",
    "test",
    "union",
    "main",
    "x",
    "y",
    "M",
    "S",
    "e",
    "int",
    "seq",
    "map",
    "0",
    "1",
    ".5",
    "\"s\"",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    ",",
    ":",
    "=",
    "+=",
    "-=",
    "+",
    "-",
    "*",
    "!",
    "==",
    "<",
    "&&",
    "||",
    ".",
    "->",
    "as",
    "to",
    "$",
    "this",
    "null",
    "halt",
    "forall",
    "::",
    "invariant",
    "/*",
    "*/",
    "//",
    "\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check_contract(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_token_soup_never_panics(
        words in prop::collection::vec(prop::sample::select(TOKENS), 0..120)
    ) {
        check_contract(&words.join(" "));
    }

    #[test]
    fn mutated_valid_files_never_panic(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut bytes = pick.get(&CORPUS).clone().into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check_contract(&String::from_utf8_lossy(&bytes));
    }
}

// ---------------------------------------------------------------------
// Random expression trees through the printer and back.
// ---------------------------------------------------------------------

fn at(kind: ExprKind) -> Expr {
    Expr {
        kind,
        span: Span::default(),
    }
}

fn ident(name: &str) -> Ident {
    Ident {
        name: name.to_owned(),
        span: Span::default(),
    }
}

fn prim(kind: TypeExprKind) -> TypeExpr {
    TypeExpr {
        kind,
        span: Span::default(),
    }
}

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        prop::sample::select(vec!["a", "b", "cnt", "x_1", "sent", "is"])
            .prop_map(|n| at(ExprKind::Name(ident(n)))),
        (0u64..1000).prop_map(|v| at(ExprKind::Int(v))),
        (prop::option::of(0u32..100), 1u32..100).prop_map(|(i, f)| {
            let text = match i {
                Some(i) => format!("{i}.{f}"),
                None => format!(".{f}"),
            };
            at(ExprKind::Float {
                value: text.parse().unwrap(),
                text,
            })
        }),
        any::<bool>().prop_map(|b| at(ExprKind::Bool(b))),
        "[a-z ]{0,5}".prop_map(|raw| at(ExprKind::Str { raw })),
        Just(at(ExprKind::Null)),
        Just(at(ExprKind::This)),
        Just(at(ExprKind::Nondet)),
        Just(at(ExprKind::FairNondet)),
        Just(at(ExprKind::Halt)),
        Just(at(ExprKind::Choose(None))),
        (0u64..20, 0u64..5)
            .prop_map(|(mantissa, exponent)| at(ExprKind::FloatExp { mantissa, exponent })),
    ]
}

const BINARY: [BinaryOp; 16] = [
    BinaryOp::Mul,
    BinaryOp::Div,
    BinaryOp::Mod,
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Lt,
    BinaryOp::Gt,
    BinaryOp::Le,
    BinaryOp::Ge,
    BinaryOp::In,
    BinaryOp::Eq,
    BinaryOp::Ne,
    BinaryOp::And,
    BinaryOp::Or,
    BinaryOp::Implies,
    BinaryOp::Iff,
];

fn cast_type() -> impl Strategy<Value = TypeExpr> {
    prop_oneof![
        Just(prim(TypeExprKind::Int)),
        Just(prim(TypeExprKind::Float)),
        Just(prim(TypeExprKind::Named(ident("T")))),
        Just(prim(TypeExprKind::Seq(Box::new(prim(TypeExprKind::Bool))))),
    ]
}

fn expr_tree() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(6, 64, 3, |inner| {
        let boxed = inner.clone().prop_map(Box::new);
        prop_oneof![
            (
                prop::sample::select(BINARY.to_vec()),
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(op, l, r)| at(ExprKind::Binary(
                    op,
                    Box::new(l),
                    Box::new(r)
                ))),
            (any::<bool>(), inner.clone()).prop_map(|(neg, e)| {
                let op = if neg { UnaryOp::Neg } else { UnaryOp::Not };
                at(ExprKind::Unary(op, Box::new(e)))
            }),
            (inner.clone(), any::<bool>(), cast_type()).prop_map(|(e, to, t)| {
                let kind = if to { CastKind::To } else { CastKind::As };
                at(ExprKind::Cast(Box::new(e), kind, t))
            }),
            boxed
                .clone()
                .prop_map(|e| at(ExprKind::Field(e, ident("f")))),
            (boxed.clone(), 0u64..3).prop_map(|(e, n)| at(ExprKind::TupleField(
                e,
                IntLit {
                    value: n,
                    span: Span::default()
                }
            ))),
            (boxed.clone(), boxed.clone()).prop_map(|(e, i)| at(ExprKind::Index(e, i))),
            prop::collection::vec(inner.clone(), 0..3).prop_map(|args| at(ExprKind::Call {
                fun: ident("F"),
                args
            })),
            prop::collection::vec(inner.clone(), 0..3).prop_map(|args| at(ExprKind::New {
                machine: ident("M"),
                args
            })),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|es| at(ExprKind::Tuple(es))),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|es| at(ExprKind::NamedTuple(
                es.into_iter()
                    .enumerate()
                    .map(|(k, e)| (ident(&format!("f{k}")), e))
                    .collect()
            ))),
            boxed.clone().prop_map(|e| at(ExprKind::Sizeof(e))),
            boxed.clone().prop_map(|e| at(ExprKind::Keys(e))),
            boxed.clone().prop_map(|e| at(ExprKind::Choose(Some(e)))),
            (prop::collection::vec(inner, 0..3)).prop_map(|args| at(ExprKind::Format {
                raw: "{0}".to_owned(),
                args
            })),
        ]
    })
}

/// Removes `Paren` nodes and erases spans, so a hand-built tree and the
/// parse of its printed form compare by structure alone.
struct Normalize;

impl VisitMut for Normalize {
    fn visit_span(&mut self, span: &mut Span) {
        *span = Span::default();
    }

    fn visit_expr(&mut self, e: &mut Expr) {
        walk_expr(self, e);
        if let ExprKind::Paren(inner) = &mut e.kind {
            let inner = std::mem::replace(&mut **inner, at(ExprKind::Null));
            *e = inner;
        }
    }
}

fn normalized(mut e: Expr) -> Expr {
    Normalize.visit_expr(&mut e);
    e
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn printed_expressions_parse_back_to_the_same_tree(tree in expr_tree()) {
        let text = print_expr(&tree);
        let parsed = common::expr(&text);
        prop_assert_eq!(normalized(parsed.clone()), normalized(tree), "printed as {}", text);
        // The parse of printed text already has its parentheses: printing it
        // again changes nothing.
        prop_assert_eq!(print_expr(&parsed), text);
    }
}

#[test]
fn mutation_helpers_stay_in_bounds() {
    let mut b = b"abcdef".to_vec();
    apply(
        &mut b,
        &Mutation::Delete {
            at: u16::MAX,
            len: 200,
        },
    );
    apply(&mut b, &Mutation::Duplicate { at: 0, len: 3 });
    assert_eq!(b, b"abcabcdef");
    apply(
        &mut b,
        &Mutation::Swap {
            a: 0,
            b: u16::MAX / 2,
            len: 2,
        },
    );
    apply(&mut b, &Mutation::Truncate { at: u16::MAX / 2 });
    assert!(b.len() <= 5);
    assert!(!CORPUS.is_empty());
}
