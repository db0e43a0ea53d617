//! Helpers shared by the parser tests: parse a snippet, render an
//! expression as an s-expression so tree shapes read in one line.

#![allow(dead_code)]

use p_codegen::diag;
use p_codegen::source::SourceMap;
use p_codegen::syntax::{self, ast::*};

/// Parses `src`, panicking with the rendered diagnostics if it fails.
pub fn parse_ok(src: &str) -> SourceUnit {
    let mut sm = SourceMap::new();
    let f = sm.add("test.p", src);
    match syntax::parse(&sm, f) {
        Ok(u) => u,
        Err(d) => panic!("expected {src:?} to parse:\n{}", diag::render_all(&sm, &d)),
    }
}

/// Parses `src`, which must fail, and returns the rendered diagnostics.
pub fn parse_err(src: &str) -> String {
    let mut sm = SourceMap::new();
    let f = sm.add("test.p", src);
    match syntax::parse(&sm, f) {
        Ok(u) => panic!("expected {src:?} to be rejected, got {u:#?}"),
        Err(d) => {
            assert!(!d.is_empty(), "an error must come with a diagnostic");
            diag::render_all(&sm, &d)
        }
    }
}

/// The statements of `fun f() { <body> }`.
pub fn stmts(body: &str) -> Vec<Stmt> {
    let unit = parse_ok(&format!("fun f() {{ {body} }}"));
    match unit.decls.into_iter().next() {
        Some(TopDecl::Fun(FunDecl { body: Some(b), .. })) => b.stmts,
        other => panic!("expected a function, got {other:?}"),
    }
}

/// The one statement of `fun f() { <src> }`.
pub fn stmt(src: &str) -> StmtKind {
    let mut all = stmts(src);
    assert_eq!(all.len(), 1, "expected one statement in {src:?}");
    all.remove(0).kind
}

/// The expression `src`, read as the value of an assignment.
pub fn expr(src: &str) -> Expr {
    match stmt(&format!("x = {src};")) {
        StmtKind::Assign { value, .. } => value,
        other => panic!("expected an assignment, got {other:?}"),
    }
}

/// `src` parsed as an expression and rendered as an s-expression.
pub fn sx(src: &str) -> String {
    sexpr(&expr(src))
}

/// An s-expression: `(+ a (* b c))`, `(as x int)`, `(. t 0)`, `(paren e)`.
pub fn sexpr(e: &Expr) -> String {
    let list = |head: &str, parts: &[String]| format!("({head} {})", parts.join(" "));
    match &e.kind {
        ExprKind::Name(i) => i.name.clone(),
        ExprKind::Int(v) => v.to_string(),
        ExprKind::Float { text, .. } => format!("float:{text}"),
        ExprKind::FloatExp { mantissa, exponent } => format!("float({mantissa},{exponent})"),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Str { raw } => format!("str:{raw}"),
        ExprKind::Format { raw, args } => {
            let mut parts = vec![format!("str:{raw}")];
            parts.extend(args.iter().map(sexpr));
            list("format", &parts)
        }
        ExprKind::Null => "null".into(),
        ExprKind::Nondet => "$".into(),
        ExprKind::FairNondet => "$$".into(),
        ExprKind::Halt => "halt".into(),
        ExprKind::This => "this".into(),
        ExprKind::Tuple(es) => list("tuple", &es.iter().map(sexpr).collect::<Vec<_>>()),
        ExprKind::NamedTuple(fs) => list(
            "ntuple",
            &fs.iter()
                .map(|(n, v)| format!("{}={}", n.name, sexpr(v)))
                .collect::<Vec<_>>(),
        ),
        ExprKind::Paren(x) => list("paren", &[sexpr(x)]),
        ExprKind::Field(x, f) => list(".", &[sexpr(x), f.name.clone()]),
        ExprKind::TupleField(x, n) => list(".", &[sexpr(x), n.value.to_string()]),
        ExprKind::Index(x, i) => list("[]", &[sexpr(x), sexpr(i)]),
        ExprKind::Keys(x) => list("keys", &[sexpr(x)]),
        ExprKind::Values(x) => list("values", &[sexpr(x)]),
        ExprKind::Sizeof(x) => list("sizeof", &[sexpr(x)]),
        ExprKind::Default(t) => format!("(default {})", ty(t)),
        ExprKind::New { machine, args } => {
            let mut parts = vec![machine.name.clone()];
            parts.extend(args.iter().map(sexpr));
            list("new", &parts)
        }
        ExprKind::Call { fun, args } => {
            let mut parts = vec![fun.name.clone()];
            parts.extend(args.iter().map(sexpr));
            list("call", &parts)
        }
        ExprKind::Unary(op, x) => list(
            match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Not => "!",
            },
            &[sexpr(x)],
        ),
        ExprKind::Binary(op, l, r) => list(binop(*op), &[sexpr(l), sexpr(r)]),
        ExprKind::Cast(x, kind, t) => list(
            match kind {
                CastKind::As => "as",
                CastKind::To => "to",
            },
            &[sexpr(x), ty(t)],
        ),
        ExprKind::Choose(x) => match x {
            Some(x) => list("choose", &[sexpr(x)]),
            None => "(choose)".into(),
        },
        ExprKind::Verification { keyword, text } => format!("(verif {keyword} `{text}`)"),
    }
}

pub fn binop(op: BinaryOp) -> &'static str {
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

/// A type in P syntax, compactly.
pub fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Bool => "bool".into(),
        TypeExprKind::Int => "int".into(),
        TypeExprKind::Float => "float".into(),
        TypeExprKind::String => "string".into(),
        TypeExprKind::Event => "event".into(),
        TypeExprKind::Machine => "machine".into(),
        TypeExprKind::Data => "data".into(),
        TypeExprKind::Any => "any".into(),
        TypeExprKind::Seq(e) => format!("seq[{}]", ty(e)),
        TypeExprKind::Set(e) => format!("set[{}]", ty(e)),
        TypeExprKind::Map(k, v) => format!("map[{},{}]", ty(k), ty(v)),
        TypeExprKind::Tuple(ts) => format!("({})", ts.iter().map(ty).collect::<Vec<_>>().join(",")),
        TypeExprKind::NamedTuple(fs) => format!(
            "({})",
            fs.iter()
                .map(|(n, t)| format!("{}:{}", n.name, ty(t)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        TypeExprKind::Named(i) => i.name.clone(),
    }
}

/// Every `.p` file under `dir`, sorted.
pub fn p_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "p") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
