//! Every statement form, checked on the tree.

mod common;
use common::{parse_err, sexpr, stmt, stmts};
use p_codegen::syntax::ast::*;

#[test]
fn assignments_insert_add_and_remove() {
    match stmt("t.0.name[i] = v + 1;") {
        StmtKind::Assign { target, value } => {
            assert_eq!(sexpr(&target), "([] (. (. t 0) name) i)");
            assert_eq!(sexpr(&value), "(+ v 1)");
        }
        other => panic!("{other:?}"),
    }
    match stmt("s += (i, v);") {
        StmtKind::Insert {
            target,
            index,
            value,
        } => assert_eq!(
            [sexpr(&target), sexpr(&index), sexpr(&value)],
            ["s", "i", "v"]
        ),
        other => panic!("{other:?}"),
    }
    match stmt("s += (v);") {
        StmtKind::Add { target, value } => assert_eq!([sexpr(&target), sexpr(&value)], ["s", "v"]),
        other => panic!("{other:?}"),
    }
    match stmt("s += ((1, 2));") {
        StmtKind::Add { value, .. } => assert_eq!(sexpr(&value), "(tuple 1 2)"),
        other => panic!("{other:?}"),
    }
    match stmt("m -= k;") {
        StmtKind::Remove { target, key } => assert_eq!([sexpr(&target), sexpr(&key)], ["m", "k"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn control_flow() {
    match stmt("if (a) x = 1; else if (b) { x = 2; } else ;") {
        StmtKind::If {
            cond,
            then,
            otherwise: Some(otherwise),
        } => {
            assert_eq!(sexpr(&cond), "a");
            assert!(matches!(then.kind, StmtKind::Assign { .. }));
            match otherwise.kind {
                StmtKind::If {
                    then, otherwise, ..
                } => {
                    assert!(matches!(then.kind, StmtKind::Block(ref b) if b.len() == 1));
                    assert!(matches!(otherwise.map(|o| o.kind), Some(StmtKind::Empty)));
                }
                other => panic!("{other:?}"),
            }
        }
        other => panic!("{other:?}"),
    }
    match stmt("while (i < n) { i = i + 1; break; continue; }") {
        StmtKind::While { cond, body } => {
            assert_eq!(sexpr(&cond), "(< i n)");
            match body.kind {
                StmtKind::Block(b) => {
                    assert!(matches!(b[1].kind, StmtKind::Break));
                    assert!(matches!(b[2].kind, StmtKind::Continue));
                }
                other => panic!("{other:?}"),
            }
        }
        other => panic!("{other:?}"),
    }
    match stmt("foreach (x in keys(m)) print x;") {
        StmtKind::Foreach {
            item,
            collection,
            body,
        } => {
            assert_eq!(item.name, "x");
            assert_eq!(sexpr(&collection), "(keys m)");
            assert!(matches!(body.kind, StmtKind::Print(_)));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(stmt("return;"), StmtKind::Return(None)));
    match stmt("return a * 2;") {
        StmtKind::Return(Some(e)) => assert_eq!(sexpr(&e), "(* a 2)"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(stmt(";"), StmtKind::Empty));
    assert!(matches!(stmt("{ }"), StmtKind::Block(ref b) if b.is_empty()));
}

#[test]
fn assert_assume_and_print() {
    match stmt(r#"assert x > 0, "x must be positive";"#) {
        StmtKind::Assert {
            cond,
            message: Some(m),
        } => {
            assert_eq!(sexpr(&cond), "(> x 0)");
            assert_eq!(sexpr(&m), "str:x must be positive");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        stmt("assert ok;"),
        StmtKind::Assert { message: None, .. }
    ));
    match stmt(r#"assume n < 10, format("n = {0}", n);"#) {
        StmtKind::Assume {
            message: Some(m), ..
        } => assert_eq!(sexpr(&m), "(format str:n = {0} n)"),
        other => panic!("{other:?}"),
    }
    match stmt(r#"print "hello";"#) {
        StmtKind::Print(e) => assert_eq!(sexpr(&e), "str:hello"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn machine_interaction() {
    match stmt("send target, eReq, (id = 1,), 2;") {
        StmtKind::Send {
            target,
            event,
            args,
        } => {
            assert_eq!([sexpr(&target), sexpr(&event)], ["target", "eReq"]);
            assert_eq!(
                args.iter().map(sexpr).collect::<Vec<_>>(),
                ["(ntuple id=1)", "2"]
            );
        }
        other => panic!("{other:?}"),
    }
    // P's older grammar allowed a trailing string after a send; it is read
    // and dropped.
    assert!(matches!(
        stmt(r#"send m, e, 1 "note";"#),
        StmtKind::Send { ref args, .. } if args.len() == 1
    ));
    match stmt("raise eStop, 7;") {
        StmtKind::Raise { event, args } => {
            assert_eq!(sexpr(&event), "eStop");
            assert_eq!(args.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(stmt("raise halt;"), StmtKind::Raise { ref args, .. } if args.is_empty()));
    assert!(
        matches!(stmt("announce eDone, x;"), StmtKind::Announce { ref args, .. } if args.len() == 1)
    );
    match stmt("goto Next, a, b;") {
        StmtKind::Goto { state, args } => {
            assert_eq!(state.name, "Next");
            assert_eq!(args.len(), 2);
        }
        other => panic!("{other:?}"),
    }
    match stmt("new Worker(this);") {
        StmtKind::New { machine, args } => {
            assert_eq!(machine.name, "Worker");
            assert_eq!(args.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    match stmt("Helper(1, x);") {
        StmtKind::Call { fun, args } => {
            assert_eq!(fun.name, "Helper");
            assert_eq!(args.len(), 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn receive_cases() {
    match stmt("receive { case eA, eB: (p: int) { x = p; } case halt: { } }") {
        StmtKind::Receive(cases) => {
            assert_eq!(cases.len(), 2);
            assert_eq!(cases[0].events.len(), 2);
            let param = cases[0]
                .handler
                .param
                .as_ref()
                .map(|p| p.name.name.as_str());
            assert_eq!(param, Some("p"));
            assert_eq!(cases[0].handler.body.stmts.len(), 1);
            assert!(matches!(cases[1].events[0], EventRef::Halt(_)));
            assert!(cases[1].handler.param.is_none());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn locals_come_first() {
    let unit = common::parse_ok("fun f() { var a, b: int; var c: seq[int]; a = 1; }");
    match &unit.decls[0] {
        TopDecl::Fun(FunDecl {
            body: Some(body), ..
        }) => {
            assert_eq!(body.locals.len(), 2);
            assert_eq!(body.locals[0].names.len(), 2);
            assert_eq!(body.stmts.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    let err = parse_err("fun f() { a = 1; var b: int; }");
    assert!(
        err.contains("test.p:1:18: error: variable declarations must come before"),
        "{err}"
    );
    let nested = parse_err("fun f() { if (x) { var b: int; } }");
    assert!(
        nested.contains("variable declarations must come before"),
        "{nested}"
    );
}

#[test]
fn loop_invariants_open_the_loop_body() {
    let body = stmts("foreach (p in ps) invariant p in ps; invariant sent e; { send p, e; }");
    match &body[0].kind {
        StmtKind::Foreach { body, .. } => match &body.kind {
            StmtKind::Block(b) => {
                assert_eq!(b.len(), 3);
                assert!(
                    matches!(&b[0].kind, StmtKind::Verification(v) if v.text == "invariant p in ps;")
                );
                assert!(
                    matches!(&b[1].kind, StmtKind::Verification(v) if v.keyword == "invariant")
                );
                assert!(matches!(b[2].kind, StmtKind::Block(_)));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    // `invariant` is still a name where no loop header precedes it.
    assert!(matches!(stmt("invariant = 3;"), StmtKind::Assign { .. }));
}
