//! Expression forms and P's operator precedence, checked on the tree shape.

mod common;
use common::{expr, sx};
use p_codegen::syntax::ast::ExprKind;

#[test]
fn arithmetic_binds_tighter_than_comparison_and_logic() {
    assert_eq!(sx("a + b * c"), "(+ a (* b c))");
    assert_eq!(sx("a * b + c"), "(+ (* a b) c)");
    assert_eq!(sx("a - b - c"), "(- (- a b) c)");
    assert_eq!(sx("a / b % c * d"), "(* (% (/ a b) c) d)");
    assert_eq!(sx("a < b + 1"), "(< a (+ b 1))");
    assert_eq!(sx("a == b < c"), "(== a (< b c))");
    assert_eq!(sx("a || b && c"), "(|| a (&& b c))");
    assert_eq!(sx("a && b == c || d"), "(|| (&& a (== b c)) d)");
    assert_eq!(
        sx("a != b && c <= d && e >= f"),
        "(&& (&& (!= a b) (<= c d)) (>= e f))"
    );
}

#[test]
fn casts_bind_looser_than_addition_and_tighter_than_comparison() {
    assert_eq!(sx("a + b as int"), "(as (+ a b) int)");
    assert_eq!(sx("a * b to float"), "(to (* a b) float)");
    assert_eq!(sx("a < b as int"), "(< a (as b int))");
    assert_eq!(sx("x as int as float"), "(as (as x int) float)");
    assert_eq!(sx("-x as int"), "(as (neg x) int)");
    assert_eq!(
        sx("x as (a: int, b: seq[string])"),
        "(as x (a:int,b:seq[string]))"
    );
    assert_eq!(sx("E to int == 3"), "(== (to E int) 3)");
}

#[test]
fn in_is_a_comparison_below_arithmetic_and_above_equality() {
    assert_eq!(sx("x in s == true"), "(== (in x s) true)");
    assert_eq!(sx("x + 1 in s"), "(in (+ x 1) s)");
    assert_eq!(
        sx("k in keys(m) && v in values(m)"),
        "(&& (in k (keys m)) (in v (values m)))"
    );
}

#[test]
fn unary_operators_bind_tighter_than_binary_and_looser_than_access() {
    assert_eq!(sx("-a * b"), "(* (neg a) b)");
    assert_eq!(sx("!a && b"), "(&& (! a) b)");
    assert_eq!(sx("!!a"), "(! (! a))");
    assert_eq!(sx("- -a"), "(neg (neg a))");
    assert_eq!(sx("-a.f"), "(neg (. a f))");
    assert_eq!(sx("!s[0]"), "(! ([] s 0))");
    assert_eq!(sx("a - -1"), "(- a (neg 1))");
}

#[test]
fn verification_operators_keep_their_text() {
    assert_eq!(sx("a ==> b ==> c"), "(==> (==> a b) c)");
    assert_eq!(sx("a <==> b ==> c"), "(<==> a (==> b c))");
    assert_eq!(sx("a || b ==> c"), "(==> (|| a b) c)");
    assert_eq!(
        sx("m is Coordinator && e targets m"),
        "(&& (verif is `m is Coordinator`) (verif targets `e targets m`))"
    );
    assert_eq!(sx("!inflight e"), "(! (verif inflight `inflight e`))");
    assert_eq!(
        sx("sent e && flying e"),
        "(&& (verif sent `sent e`) (verif flying `flying e`))"
    );
    assert_eq!(
        sx("forall (m: machine, e: event) :: m == c ==> e is E"),
        "(verif forall `forall (m: machine, e: event) :: m == c ==> e is E`)"
    );
    assert_eq!(
        sx("exists new (e: eX) :: sent e"),
        "(verif exists `exists new (e: eX) :: sent e`)"
    );
    // The contextual words remain ordinary names elsewhere.
    assert_eq!(sx("sent + is"), "(+ sent is)");
    assert_eq!(sx("forall(targets)"), "(call forall targets)");
    assert_eq!(sx("sent.0"), "(. sent 0)");
    assert_eq!(sx("sent - x"), "(- sent x)");
    assert_eq!(sx("sent(x)"), "(call sent x)");
    assert_eq!(sx("sent in s"), "(in sent s)");
}

#[test]
fn field_index_and_nested_tuple_access() {
    assert_eq!(sx("t.0.1"), "(. (. t 0) 1)");
    assert_eq!(sx("t.1.name[2].0"), "(. ([] (. (. t 1) name) 2) 0)");
    assert_eq!(sx("m[k][j]"), "([] ([] m k) j)");
    assert_eq!(sx("f(x).y"), "(. (call f x) y)");
    assert_eq!(sx("(a + b).0"), "(. (paren (+ a b)) 0)");
}

#[test]
fn tuples_named_tuples_and_parentheses() {
    assert_eq!(sx("(a)"), "(paren a)");
    assert_eq!(sx("(a,)"), "(tuple a)");
    assert_eq!(sx("(a, b, (c, d))"), "(tuple a b (tuple c d))");
    assert_eq!(sx("(x = 1,)"), "(ntuple x=1)");
    assert_eq!(sx("(x = 1, y = (z = 2,))"), "(ntuple x=1 y=(ntuple z=2))");
    assert_eq!(sx("((a))"), "(paren (paren a))");
    assert_eq!(sx("(a == b)"), "(paren (== a b))");
}

#[test]
fn literals() {
    assert_eq!(sx("42"), "42");
    assert_eq!(sx("1.5"), "float:1.5");
    assert_eq!(sx(".5"), "float:.5");
    assert_eq!(sx("float(3, 2)"), "float(3,2)");
    assert_eq!(sx("true || false"), "(|| true false)");
    assert_eq!(sx("null"), "null");
    assert_eq!(sx("$ && $$"), "(&& $ $$)");
    assert_eq!(sx("this"), "this");
    assert_eq!(sx("halt"), "halt");
    match expr(".25").kind {
        ExprKind::Float { value, .. } => assert_eq!(value, 0.25),
        other => panic!("expected a float, got {other:?}"),
    }
    match expr("18446744073709551615").kind {
        ExprKind::Int(v) => assert_eq!(v, u64::MAX),
        other => panic!("expected an int, got {other:?}"),
    }
}

#[test]
fn strings_keep_escapes_undecoded() {
    assert_eq!(sx(r#""a\"b""#), r#"str:a\"b"#);
    assert_eq!(sx(r#""back\\slash""#), r#"str:back\\slash"#);
    assert_eq!(sx(r#""""#), "str:");
    assert_eq!(sx(r#""// not a comment""#), "str:// not a comment");
    assert_eq!(
        sx(r#"format("{0} is {1}", a, b + 1)"#),
        "(format str:{0} is {1} a (+ b 1))"
    );
}

#[test]
fn builtin_calls_and_constructors() {
    assert_eq!(sx("sizeof(s) + 1"), "(+ (sizeof s) 1)");
    assert_eq!(
        sx("default(map[int, seq[bool]])"),
        "(default map[int,seq[bool]])"
    );
    assert_eq!(sx("choose()"), "(choose)");
    assert_eq!(sx("choose(10)"), "(choose 10)");
    assert_eq!(sx("new Server(this, 3)"), "(new Server this 3)");
    assert_eq!(sx("new Client()"), "(new Client)");
    assert_eq!(sx("Max(a, b)"), "(call Max a b)");
    assert_eq!(sx("Now()"), "(call Now)");
}

#[test]
fn comments_are_whitespace() {
    assert_eq!(sx("a /* one */ + // two\n b"), "(+ a b)");
}

#[test]
fn expression_spans_cover_their_text() {
    let e = expr("a + b * c");
    // `fun f() { x = ` is 14 bytes long.
    assert_eq!((e.span.start, e.span.end), (14, 23));
    match e.kind {
        ExprKind::Binary(_, _, r) => assert_eq!((r.span.start, r.span.end), (18, 23)),
        other => panic!("expected a binary expression, got {other:?}"),
    }
}
