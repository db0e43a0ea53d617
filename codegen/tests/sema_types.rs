//! P's type relations as the checker decides them: assignability (P's
//! `IsAssignableFrom`), `as` casts, `to` coercions, equality and operators.

use p_codegen::diag;
use p_codegen::sema::Model;
use p_codegen::sema::model::*;
use p_codegen::source::SourceMap;

fn check(src: &str) -> Result<Model, String> {
    let mut sm = SourceMap::new();
    sm.add("test.p", src);
    p_codegen::check_sources(&sm).map_err(|d| diag::render_all(&sm, &d))
}

fn ok(src: &str) -> Model {
    check(src).unwrap_or_else(|e| panic!("expected {src:?} to be accepted:\n{e}"))
}

fn err(src: &str) -> String {
    match check(src) {
        Ok(_) => panic!("expected {src:?} to be rejected"),
        Err(e) => e,
    }
}

const DECLS: &str = "
event e1; event e2: int;
enum E { A, B }
enum F { C }
type Opaque;
interface I1() receives e1;
interface I2() receives e1;
interface I3() receives e2;
";

/// Each type of the table, declared as an alias so the checker resolves it.
const TYPES: &[&str] = &[
    "int",
    "float",
    "bool",
    "string",
    "event",
    "machine",
    "any",
    "data",
    "E",
    "F",
    "Opaque",
    "I1",
    "I2",
    "I3",
    "seq[int]",
    "seq[any]",
    "seq[machine]",
    "set[int]",
    "map[int, string]",
    "map[int, any]",
    "(int, bool)",
    "(any, bool)",
    "(int, bool, int)",
    "(a: int, b: bool)",
    "(b: bool, a: int)",
    "(a: any, b: bool)",
    "seq[(a: int)]",
    "seq[data]",
];

fn table() -> (Model, Vec<TypeId>) {
    let mut src = DECLS.to_string();
    for (i, t) in TYPES.iter().enumerate() {
        src.push_str(&format!("type T{i} = {t};\n"));
    }
    let m = ok(&src);
    let ids = (0..TYPES.len())
        .map(|i| {
            let name = format!("T{i}");
            m.type_decls.iter().find(|d| d.name == name).unwrap().ty
        })
        .collect();
    (m, ids)
}

/// `to` accepts a value of type `from`.
fn assignable(to: &str, from: &str) -> bool {
    let (m, ids) = table();
    let id = |s: &str| {
        if s == "null" {
            return TypeId::NULL;
        }
        let i = TYPES.iter().position(|t| *t == s).expect("type in TYPES");
        ids[i]
    };
    m.types.assignable(id(to), id(from))
}

#[test]
fn assignability_follows_p() {
    let cases: &[(&str, &str, bool)] = &[
        // any accepts everything; data everything without machine references.
        ("any", "int", true),
        ("any", "machine", true),
        ("any", "seq[machine]", true),
        ("any", "null", true),
        ("data", "int", true),
        ("data", "(a: int, b: bool)", true),
        ("data", "seq[int]", true),
        ("data", "null", true),
        ("data", "machine", false),
        ("data", "I1", false),
        ("data", "any", false),
        ("data", "seq[machine]", false),
        ("data", "Opaque", false),
        // Primitives accept only themselves; null only fits reference-like types.
        ("int", "int", true),
        ("float", "int", false),
        ("int", "float", false),
        ("int", "null", false),
        ("string", "null", false),
        ("event", "null", true),
        ("machine", "null", true),
        ("I1", "null", false),
        ("Opaque", "null", false),
        // Machine references: `machine` takes any interface; interfaces need
        // equal receive sets.
        ("machine", "I1", true),
        ("I1", "machine", false),
        ("I1", "I2", true),
        ("I1", "I3", false),
        // Enums are distinct.
        ("E", "E", true),
        ("E", "F", false),
        ("int", "E", false),
        ("E", "int", false),
        // Collections and tuples are covariant.
        ("seq[any]", "seq[int]", true),
        ("seq[int]", "seq[any]", false),
        ("seq[data]", "seq[int]", true),
        ("map[int, any]", "map[int, string]", true),
        ("map[int, string]", "map[int, any]", false),
        ("set[int]", "seq[int]", false),
        ("(any, bool)", "(int, bool)", true),
        ("(int, bool)", "(int, bool, int)", false),
        ("(a: any, b: bool)", "(a: int, b: bool)", true),
        ("(a: int, b: bool)", "(b: bool, a: int)", false),
        ("(int, bool)", "(a: int, b: bool)", false),
        ("(a: int, b: bool)", "(int, bool)", false),
    ];
    for &(to, from, want) in cases {
        assert_eq!(assignable(to, from), want, "{to} accepts {from}");
    }
}

#[test]
fn aliases_are_structural_and_printed_expanded() {
    let m = ok("type tPair = (int, bool); type tOther = (int, bool);");
    let a = m.type_decls[0].ty;
    assert_eq!(a, m.type_decls[1].ty);
    assert_eq!(m.types.display(a), "(int, bool)");
}

fn body(locals: &str, stmts: &str) -> String {
    format!("{DECLS}\nmachine M {{ start state S {{ entry {{ {locals} {stmts} }} }} }}")
}

const LOCALS: &str = "var i: int; var f: float; var s: string; var a: any; var d: data;
    var m: machine; var i1: I1; var i3: I3; var e: E; var b: bool; var q: seq[int];
    var mp: map[int, string]; var ev: event;";

#[test]
fn casts_with_as_need_related_types() {
    for s in [
        "i = a as int;",
        "q = a as seq[int];",
        "a = i as any;",
        "i1 = m as I1;",
        "m = i1 as machine;",
        "q = d as seq[int];",
        "i = i as int;",
    ] {
        ok(&body(LOCALS, s));
    }
    for s in [
        "s = i as string;",
        "mp = q as map[int, string];",
        "e = i as E;",
        "i3 = i1 as I3;",
    ] {
        assert!(err(&body(LOCALS, s)).contains("with `as`"), "{s}");
    }
}

#[test]
fn coercions_with_to_follow_p() {
    for s in [
        "i = e to int;",
        "f = i to float;",
        "i = f to int;",
        "i = i to int;",
        "i1 = m to I1;",
        "i1 = this to I1;",
    ] {
        ok(&body(LOCALS, s));
    }
    for (s, msg) in [
        ("e = i to E;", "not to `E`"),
        ("s = i to string;", "not to `string`"),
        ("i = b to int;", "cannot convert `bool` to `int`"),
        ("i = s to int;", "cannot convert `string` to `int`"),
        ("f = e to float;", "cannot convert `E` to `float`"),
        (
            "i3 = i1 to I3;",
            "`I3` accepts event `e2`, which `I1` does not",
        ),
    ] {
        let e = err(&body(LOCALS, s));
        assert!(e.contains(msg), "{s}: {e}");
    }
}

#[test]
fn equality_needs_one_side_to_accept_the_other() {
    for s in [
        "b = i == i;",
        "b = a == i;",
        "b = i == a;",
        "b = m == null;",
        "b = ev == e1;",
        "b = i1 == m;",
        "b = q != q;",
    ] {
        ok(&body(LOCALS, s));
    }
    for s in [
        "b = i == f;",
        "b = i == s;",
        "b = ev == i;",
        "b = e == i;",
        "b = i1 == i3;",
    ] {
        assert!(err(&body(LOCALS, s)).contains("cannot compare"), "{s}");
    }
}

#[test]
fn operators_take_operands_as_p_does() {
    for s in [
        "s = s + s;",
        "b = s < s;",
        "s = s - s;",
        "f = f % f;",
        "i = i % i;",
        "b = i in q;",
        "b = 1 in mp;",
        "b = !b && (b || b);",
        "f = -f;",
    ] {
        ok(&body(LOCALS, s));
    }
    for (s, msg) in [
        ("i = i + f;", "cannot mix `int` and `float`"),
        ("s = s % s;", "`%` cannot be applied"),
        ("b = b + b;", "cannot be applied to `bool` and `bool`"),
        ("b = e < e;", "cannot be applied to `E` and `E`"),
        ("b = \"x\" in mp;", "cannot look for a `string`"),
        ("b = i in i;", "`in` needs a seq, set or map"),
        ("b = !i;", "operator `!`"),
    ] {
        let e = err(&body(LOCALS, s));
        assert!(e.contains(msg), "{s}: {e}");
    }
}

#[test]
fn int_literals_and_choose_bounds() {
    ok(&body(
        LOCALS,
        "i = 2147483647; i = choose(10000); i = choose((10000));",
    ));
    assert!(err(&body(LOCALS, "i = 2147483648;")).contains("does not fit in 32 bits"));
    assert!(err(&body(LOCALS, "i = choose(10001);")).contains("exceeds"));
    assert!(err(&body(LOCALS, "i = choose((10001));")).contains("exceeds"));
    assert!(err(&body(LOCALS, "b = choose(b);")).contains("`choose` takes"));
}
