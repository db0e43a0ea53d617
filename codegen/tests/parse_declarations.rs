//! Top-level declarations, machines, states, the module system and the
//! verification constructs, checked on the tree.

mod common;
use common::{parse_ok, sexpr, ty};
use p_codegen::syntax::ast::*;

fn one_decl(src: &str) -> TopDecl {
    let mut unit = parse_ok(src);
    assert_eq!(unit.decls.len(), 1, "expected one declaration in {src:?}");
    unit.decls.remove(0)
}

fn names(events: &[EventRef]) -> Vec<String> {
    events
        .iter()
        .map(|e| match e {
            EventRef::Named(i) => i.name.clone(),
            EventRef::Halt(_) => "halt".into(),
            EventRef::Null(_) => "null".into(),
        })
        .collect()
}

#[test]
fn type_definitions() {
    match one_decl("type T = (a: int, b: map[string, seq[T2]]);") {
        TopDecl::TypeDef(t) => {
            assert_eq!(t.name.name, "T");
            assert_eq!(ty(t.ty.as_ref().unwrap()), "(a:int,b:map[string,seq[T2]])");
        }
        other => panic!("{other:?}"),
    }
    match one_decl("type Foreign;") {
        TopDecl::TypeDef(t) => assert!(t.ty.is_none()),
        other => panic!("{other:?}"),
    }
    match one_decl("type P = (int, set[bool], any, data, event, machine, float, string);") {
        TopDecl::TypeDef(t) => assert_eq!(
            ty(t.ty.as_ref().unwrap()),
            "(int,set[bool],any,data,event,machine,float,string)"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn enums_plain_and_numbered() {
    match one_decl("enum E { A, B, C }") {
        TopDecl::Enum(e) => {
            assert_eq!(e.elems.len(), 3);
            assert!(e.elems.iter().all(|x| x.value.is_none()));
        }
        other => panic!("{other:?}"),
    }
    match one_decl("enum E { A = 3, B = 10 }") {
        TopDecl::Enum(e) => {
            let values: Vec<u64> = e
                .elems
                .iter()
                .map(|x| x.value.as_ref().unwrap().value)
                .collect();
            assert_eq!(values, [3, 10]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn events_with_payloads_and_cardinalities() {
    match one_decl("event e;") {
        TopDecl::Event(e) => assert!(e.payload.is_none() && e.cardinality.is_none()),
        other => panic!("{other:?}"),
    }
    match one_decl("event e assert 2: int;") {
        TopDecl::Event(e) => {
            let c = e.cardinality.unwrap();
            assert_eq!((c.kind, c.bound.value), (CardinalityKind::Assert, 2));
            assert_eq!(ty(&e.payload.unwrap()), "int");
        }
        other => panic!("{other:?}"),
    }
    match one_decl("event e assume 7;") {
        TopDecl::Event(e) => assert_eq!(e.cardinality.unwrap().kind, CardinalityKind::Assume),
        other => panic!("{other:?}"),
    }
    match one_decl("eventset S = { a, b, halt };") {
        TopDecl::EventSet(s) => assert_eq!(names(&s.events), ["a", "b", "halt"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn interfaces() {
    match one_decl("interface I(int) receives a, b;") {
        TopDecl::Interface(i) => {
            assert_eq!(ty(&i.payload.unwrap()), "int");
            assert_eq!(names(&i.receives.unwrap()), ["a", "b"]);
        }
        other => panic!("{other:?}"),
    }
    match one_decl("interface I() receives;") {
        TopDecl::Interface(i) => assert_eq!(i.receives, Some(vec![])),
        other => panic!("{other:?}"),
    }
    match one_decl("interface I();") {
        TopDecl::Interface(i) => assert!(i.payload.is_none() && i.receives.is_none()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn machines_with_receives_sends_and_cardinality() {
    match one_decl("machine M assert 3 receives a, b; sends c; receives; { var x, y: int; }") {
        TopDecl::Machine(m) => {
            assert_eq!(m.kind, MachineKind::Machine);
            assert_eq!(m.cardinality.unwrap().bound.value, 3);
            assert_eq!(m.receives.len(), 2);
            assert_eq!(names(&m.receives[0]), ["a", "b"]);
            assert!(m.receives[1].is_empty());
            assert_eq!(names(&m.sends[0]), ["c"]);
            assert!(matches!(&m.items[0], MachineItem::Var(v) if v.names.len() == 2));
        }
        other => panic!("{other:?}"),
    }
    match one_decl("spec S observes a, b { start state X { } }") {
        TopDecl::Machine(m) => {
            assert!(
                matches!(&m.kind, MachineKind::Spec { observes } if names(observes) == ["a", "b"])
            )
        }
        other => panic!("{other:?}"),
    }
    match one_decl("scenario C observes a { start state X { } }") {
        TopDecl::Machine(m) => assert!(matches!(m.kind, MachineKind::Scenario { .. })),
        other => panic!("{other:?}"),
    }
}

fn states(src: &str) -> Vec<StateDecl> {
    match one_decl(&format!("machine M {{ {src} }}")) {
        TopDecl::Machine(m) => m
            .items
            .into_iter()
            .filter_map(|i| match i {
                MachineItem::State(s) => Some(s),
                _ => None,
            })
            .collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn state_modifiers() {
    let s = states("start hot state A { } cold state B { } state C { }");
    assert!(s[0].start && s[0].temperature == Some(Temperature::Hot));
    assert!(!s[1].start && s[1].temperature == Some(Temperature::Cold));
    assert!(s[2].temperature.is_none());
}

#[test]
fn entry_exit_defer_ignore() {
    let s = states(
        "state A { entry (p: int) { x = p; } exit { } defer e1, e2; ignore halt; } \
         state B { entry Init; exit Done; }",
    );
    let a = &s[0].items;
    match &a[0] {
        StateItem::Entry(Handler::Anon(f)) => {
            assert_eq!(f.param.as_ref().unwrap().name.name, "p");
            assert_eq!(f.body.stmts.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&a[1], StateItem::Exit(Handler::Anon(f)) if f.param.is_none()));
    assert!(matches!(&a[2], StateItem::Defer(ev, _) if names(ev) == ["e1", "e2"]));
    assert!(matches!(&a[3], StateItem::Ignore(ev, _) if names(ev) == ["halt"]));
    assert!(matches!(&s[1].items[0], StateItem::Entry(Handler::Named(i)) if i.name == "Init"));
    assert!(matches!(&s[1].items[1], StateItem::Exit(Handler::Named(i)) if i.name == "Done"));
}

#[test]
fn on_do_and_on_goto() {
    let s = states(
        "state A { on e1, e2 do F; on e3 do (p: bool) { } on null goto B; \
         on e4 goto B with G; on halt goto B with (q: int) { } }",
    );
    let items = &s[0].items;
    assert!(matches!(&items[0],
        StateItem::OnDo { events, handler: Handler::Named(f), .. } if names(events) == ["e1", "e2"] && f.name == "F"));
    assert!(matches!(&items[1],
        StateItem::OnDo { handler: Handler::Anon(a), .. } if a.param.is_some()));
    assert!(matches!(&items[2],
        StateItem::OnGoto { events, target, with: None, .. } if names(events) == ["null"] && target.name == "B"));
    assert!(matches!(&items[3],
        StateItem::OnGoto { with: Some(Handler::Named(g)), .. } if g.name == "G"));
    assert!(matches!(&items[4],
        StateItem::OnGoto { events, with: Some(Handler::Anon(_)), .. } if names(events) == ["halt"]));
}

#[test]
fn functions_with_bodies_and_foreign() {
    match one_decl("fun Add(a: int, b: int): int { return a + b; }") {
        TopDecl::Fun(f) => {
            assert_eq!(f.params.len(), 2);
            assert_eq!(ty(f.ret.as_ref().unwrap()), "int");
            assert_eq!(f.body.unwrap().stmts.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    match one_decl("fun Ext(x: seq[int]): bool;") {
        TopDecl::Fun(f) => assert!(f.body.is_none() && f.creates.is_empty()),
        other => panic!("{other:?}"),
    }
    match one_decl("fun Spawn() creates I1, I2;") {
        TopDecl::Fun(f) => {
            assert!(f.ret.is_none() && f.body.is_none());
            let created: Vec<&str> = f.creates.iter().map(|c| c.name.as_str()).collect();
            assert_eq!(created, ["I1", "I2"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn module_expressions() {
    let module = |src: &str| match one_decl(&format!("module m = {src};")) {
        TopDecl::Module(m) => m.expr.kind,
        other => panic!("{other:?}"),
    };
    match module("{ A, B -> I }") {
        ModExprKind::Primitive(bs) => {
            assert_eq!(bs[0].machine.name, "A");
            assert!(bs[0].interface.is_none());
            assert_eq!(bs[1].interface.as_ref().unwrap().name, "I");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(module("union A, B, C"), ModExprKind::Union(es) if es.len() == 3));
    assert!(
        matches!(module("compose A, (B)"), ModExprKind::Compose(es) if matches!(es[1].kind, ModExprKind::Paren(_)))
    );
    assert!(matches!(module("hidee e1, e2 in A"), ModExprKind::HideEvents(ev, _) if ev.len() == 2));
    assert!(matches!(module("hidei I1 in A"), ModExprKind::HideInterfaces(is, _) if is.len() == 1));
    assert!(matches!(module("assert S1, S2 in A"), ModExprKind::Assert(ss, _) if ss.len() == 2));
    assert!(matches!(module("rename A to B in C"),
        ModExprKind::Rename { from, to, .. } if from.name == "A" && to.name == "B"));
    assert!(matches!(module("main M in A"), ModExprKind::Main(m, _) if m.name == "M"));
    // `union` takes the module after `in` as one operand.
    match module("union assert S in A, B") {
        ModExprKind::Union(es) => {
            assert_eq!(es.len(), 2);
            assert!(matches!(es[0].kind, ModExprKind::Assert(..)));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tests_and_implementations() {
    match one_decl("test t [main = M]: assert S in (union A, { M });") {
        TopDecl::Test(t) => {
            assert_eq!(t.main.unwrap().name, "M");
            assert!(matches!(t.module.kind, ModExprKind::Assert(..)));
            assert!(t.refines.is_none() && t.params.is_none());
        }
        other => panic!("{other:?}"),
    }
    match one_decl("test r [main=M]: A refines B;") {
        TopDecl::Test(t) => assert!(matches!(t.refines.unwrap().kind, ModExprKind::Named(_))),
        other => panic!("{other:?}"),
    }
    match one_decl("implementation i [main = M]: A;") {
        TopDecl::Implementation(i) => assert_eq!(i.main.unwrap().name, "M"),
        other => panic!("{other:?}"),
    }
    match one_decl("implementation i: A;") {
        TopDecl::Implementation(i) => assert!(i.main.is_none()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn parametric_tests_and_globals() {
    match one_decl("param n, m: int;") {
        TopDecl::Param(p) => {
            assert_eq!(p.names.len(), 2);
            assert_eq!(ty(&p.ty), "int");
        }
        other => panic!("{other:?}"),
    }
    let src = "test param (n in [1, 2, 3], b in [true, false]) assume (n > 1 && b) (2 wise) \
               tc [main = M]: A;";
    match one_decl(src) {
        TopDecl::Test(t) => {
            assert_eq!(t.name.name, "tc");
            let p = t.params.unwrap();
            assert_eq!(p.params.len(), 2);
            assert_eq!(p.params[0].0.name, "n");
            assert_eq!(
                p.params[0].1.iter().map(sexpr).collect::<Vec<_>>(),
                ["1", "2", "3"]
            );
            assert_eq!(sexpr(p.assume.as_ref().unwrap()), "(&& (> n 1) b)");
            assert_eq!(p.wise, Some(2));
        }
        other => panic!("{other:?}"),
    }
    match one_decl("test param (n in [1]) plain [main = M]: A;") {
        TopDecl::Test(t) => {
            let p = t.params.unwrap();
            assert!(p.assume.is_none() && p.wise.is_none());
        }
        other => panic!("{other:?}"),
    }
    // `param` stays a usable name where no parameter list follows.
    assert!(
        matches!(one_decl("test param [main = M]: A;"), TopDecl::Test(t) if t.name.name == "param")
    );
}

#[test]
fn verification_declarations_keep_keyword_name_and_text() {
    let check = |src: &str, keyword: &str, name: Option<&str>| match one_decl(src) {
        TopDecl::Verification(v) => {
            assert_eq!(v.keyword, keyword, "{src}");
            assert_eq!(v.name.as_ref().map(|n| n.name.as_str()), name, "{src}");
            assert_eq!(v.text, src);
        }
        other => panic!("{other:?}"),
    };
    check("pure f(m: machine): bool;", "pure", Some("f"));
    check("pure g(): int = 1 + 2;", "pure", Some("g"));
    check(
        "invariant inv1: forall (m: machine) :: m is M;",
        "invariant",
        Some("inv1"),
    );
    check("invariant forall (e: event) :: sent e;", "invariant", None);
    check("axiom x == y;", "axiom", None);
    check(
        "init-condition forall (m: M) :: m.x == 0;",
        "init-condition",
        None,
    );
    check("init forall (m: M) :: m.x == 0;", "init", None);
    check(
        "assume on start a1: forall (m: M) :: m.x == 0;",
        "assume",
        Some("a1"),
    );
    check(
        "Lemma L { invariant a: x; invariant b: y; }",
        "Lemma",
        Some("L"),
    );
    check("lemma L { }", "lemma", Some("L"));
    check("Theorem T { invariant a: x; }", "Theorem", Some("T"));
    check(
        "Proof { prove L; prove default using L, M; }",
        "Proof",
        None,
    );
    check(
        "proof P1 { prove * using L except M; }",
        "proof",
        Some("P1"),
    );
    check(
        "fun Pick(s: set[machine]) return (x: machine); ensures x in s;",
        "fun",
        Some("Pick"),
    );
}

#[test]
fn verification_inside_machines() {
    match one_decl("machine M { invariant i: x > 0; start state S { } }") {
        TopDecl::Machine(m) => {
            assert!(matches!(&m.items[0], MachineItem::Verification(v) if v.keyword == "invariant"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn empty_files_comments_and_byte_order_marks() {
    assert!(parse_ok("").decls.is_empty());
    assert!(
        parse_ok("// only a comment\n/* and another */\n")
            .decls
            .is_empty()
    );
    let unit = parse_ok("\u{FEFF}event e;\r\nevent f;\r\n");
    assert_eq!(unit.decls.len(), 2);
}
