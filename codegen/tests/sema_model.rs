//! The checked model: resolved names, expression types, the conversions
//! the checker makes explicit, handler bindings, effect summaries and tests.

use p_codegen::diag;
use p_codegen::sema::Model;
use p_codegen::sema::model::*;
use p_codegen::source::SourceMap;

fn model(src: &str) -> Model {
    let mut sm = SourceMap::new();
    sm.add("test.p", src);
    match p_codegen::check_sources(&sm) {
        Ok(m) => m,
        Err(d) => panic!(
            "expected {src:?} to be accepted:\n{}",
            diag::render_all(&sm, &d)
        ),
    }
}

/// The statements of the named function (of machine `owner`, if given).
fn stmts<'m>(m: &'m Model, owner: Option<&str>, name: &str) -> &'m [Stmt] {
    let owner = owner.map(|o| m.machine_by_name(o).expect("machine"));
    let f = m.function_by_name(owner, name).expect("function");
    &m.function(f).body.as_ref().expect("body").stmts
}

fn assigned(s: &Stmt) -> (&Expr, &Expr) {
    match &s.kind {
        StmtKind::Assign { target, value } => (target, value),
        other => panic!("expected an assignment, got {other:?}"),
    }
}

#[test]
fn names_resolve_to_locals_fields_enum_elements_and_events() {
    let m = model(
        "enum Color { RED = 2, GREEN = 7 }
         event eGo: int;
         machine M {
           var count: int;
           start state S { }
           fun F(p: int) {
             var c: Color; var ev: event;
             count = p;
             c = GREEN;
             ev = eGo;
           }
         }",
    );
    let s = stmts(&m, Some("M"), "F");
    let (t, v) = assigned(&s[0]);
    assert_eq!(t.kind, ExprKind::Var(VarRef::Field(FieldId(0))));
    assert_eq!(v.kind, ExprKind::Var(VarRef::Local(LocalId(0))));
    assert_eq!(v.ty, TypeId::INT);
    let (t, v) = assigned(&s[1]);
    assert_eq!(t.kind, ExprKind::Var(VarRef::Local(LocalId(1))));
    assert_eq!(v.kind, ExprKind::EnumElem(EnumId(0), 1));
    assert_eq!(m.enums[0].elems[1].value, 7);
    assert_eq!(m.types.display(v.ty), "Color");
    let (_, v) = assigned(&s[2]);
    let e = m.event_by_name("eGo").unwrap();
    assert_eq!(v.kind, ExprKind::Event(e));
    assert_eq!(m.event(e).payload, TypeId::INT);
    assert_eq!(s[0].loc.line, 8);
}

#[test]
fn widening_is_explicit() {
    let m = model(
        "machine Main {
           start state S { }
           fun F() {
             var xs: seq[any]; var ys: seq[int]; var a: any; var r: machine;
             xs = ys;
             a = 1;
             r = new Main();
             xs += (0, 5);
           }
         }",
    );
    let s = stmts(&m, Some("Main"), "F");
    let (_, v) = assigned(&s[0]);
    assert_eq!(m.types.display(v.ty), "seq[any]");
    let ExprKind::Upcast(inner) = &v.kind else {
        panic!("expected an upcast, got {v:?}")
    };
    assert_eq!(m.types.display(inner.ty), "seq[int]");
    let (_, v) = assigned(&s[1]);
    assert_eq!(v.ty, TypeId::ANY);
    assert!(matches!(&v.kind, ExprKind::Upcast(i) if i.kind == ExprKind::Int(1)));
    let (_, v) = assigned(&s[2]);
    assert_eq!(v.ty, TypeId::MACHINE);
    assert!(matches!(&v.kind, ExprKind::Upcast(i) if matches!(i.kind, ExprKind::New { .. })));
    let StmtKind::Insert { value, kind, .. } = &s[3].kind else {
        panic!("expected an insert")
    };
    assert_eq!(*kind, CollectionKind::Seq);
    assert_eq!(value.ty, TypeId::ANY);
}

#[test]
fn tuple_literals_are_built_at_their_target_type() {
    let m = model(
        "fun Nothing() { }
         machine Main {
           start state S { }
           fun F() {
             var t: (int, machine); var n: (a: int, e: event); var x: any; var s: string;
             var b: bool;
             t = (1, null);
             n = (a = 2, e = null);
             x = (3, (4, null));
             b = (5, null) == (5, null);
             s = format(\"{0} {1}\", null, (6, null));
             x = Nothing();
           }
         }",
    );
    let s = stmts(&m, Some("Main"), "F");
    // Into a typed place: the literal has the target type, each field
    // widened on its own; no value has the literal's own type `(int, null)`.
    let (_, v) = assigned(&s[0]);
    assert_eq!(m.types.display(v.ty), "(int, machine)");
    let ExprKind::Tuple(items) = &v.kind else {
        panic!("expected a tuple literal, got {v:?}")
    };
    assert_eq!(items[0].kind, ExprKind::Int(1));
    assert_eq!(items[1].ty, TypeId::MACHINE);
    assert!(matches!(&items[1].kind, ExprKind::Upcast(i) if i.kind == ExprKind::Null));
    let (_, v) = assigned(&s[1]);
    assert_eq!(m.types.display(v.ty), "(a: int, e: event)");
    let ExprKind::NamedTuple(items) = &v.kind else {
        panic!("expected a named tuple literal, got {v:?}")
    };
    assert_eq!(items[1].ty, TypeId::EVENT);
    // Into `any`: the literal is first given a type that holds null.
    let (_, v) = assigned(&s[2]);
    assert_eq!(v.ty, TypeId::ANY);
    let ExprKind::Upcast(inner) = &v.kind else {
        panic!("expected an upcast, got {v:?}")
    };
    assert_eq!(m.types.display(inner.ty), "(int, (int, data))");
    // `==` between two such literals, and format arguments.
    let (_, v) = assigned(&s[3]);
    let ExprKind::Binary(BinaryOp::Eq, l, r) = &v.kind else {
        panic!("expected ==, got {v:?}")
    };
    assert_eq!(m.types.display(l.ty), "(int, data)");
    assert_eq!(l.ty, r.ty);
    let (_, v) = assigned(&s[4]);
    let ExprKind::Format { args, .. } = &v.kind else {
        panic!("expected format, got {v:?}")
    };
    assert_eq!(args[0].ty, TypeId::DATA);
    assert_eq!(m.types.display(args[1].ty), "(int, data)");
    // A call of a function without return type still is a call.
    let (_, v) = assigned(&s[5]);
    assert!(matches!(&v.kind, ExprKind::Upcast(i) if matches!(i.kind, ExprKind::Call { .. })));
    // No expression anywhere has a type with `null` inside a tuple.
    let mut seen = 0;
    for st in s {
        if let StmtKind::Assign { value, .. } = &st.kind {
            walk(value, &mut |e| {
                seen += 1;
                assert!(
                    e.ty == TypeId::NULL || !m.types.holds_null(e.ty),
                    "{} has type {}",
                    seen,
                    m.types.display(e.ty)
                );
            });
        }
    }
    assert!(seen > 20, "{seen}");
}

/// Calls `f` on `e` and every expression inside it.
fn walk(e: &Expr, f: &mut impl FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Tuple(items) | ExprKind::NamedTuple(items) => {
            items.iter().for_each(|i| walk(i, f))
        }
        ExprKind::Format { args, .. } => args.iter().for_each(|i| walk(i, f)),
        ExprKind::Upcast(i) | ExprKind::Field(i, _) => walk(i, f),
        ExprKind::Binary(_, l, r) => {
            walk(l, f);
            walk(r, f);
        }
        _ => {}
    }
}

#[test]
fn payloads_are_packed_and_bound_to_handler_parameters() {
    let m = model(
        "event ePair: (int, bool);
         event eOne: (int,);
         event eNum: int;
         machine Main {
           start state S {
             entry { send this, ePair, 1, true; }
             on ePair do (p: (any, bool)) { }
             on eOne do (x: int) { }
             on eNum goto T;
           }
           state T { entry (n: any) { } }
         }",
    );
    let main = m.machine(m.machine_by_name("Main").unwrap());
    let s = &main.states[0];
    let entry = m.function(s.entry.unwrap());
    let StmtKind::Send { payload, .. } = &entry.body.as_ref().unwrap().stmts[0].kind else {
        panic!("expected a send")
    };
    let payload = payload.as_ref().unwrap();
    assert!(matches!(&payload.kind, ExprKind::Tuple(items) if items.len() == 2));
    assert_eq!(m.types.display(payload.ty), "(int, bool)");
    let binding = |e: &str| {
        let ev = m.event_by_name(e).unwrap();
        s.handler(ev).unwrap().action.clone()
    };
    let Action::Do(b) = binding("ePair") else {
        panic!()
    };
    assert!(matches!(b.param, ParamBinding::Upcast { to } if m.types.display(to) == "(any, bool)"));
    let Action::Do(b) = binding("eOne") else {
        panic!()
    };
    assert_eq!(b.param, ParamBinding::TupleElement { to: TypeId::INT });
    let Action::Goto { target, entry, .. } = binding("eNum") else {
        panic!()
    };
    assert_eq!(main.state(target).name, "T");
    assert_eq!(entry, ParamBinding::Upcast { to: TypeId::ANY });
}

#[test]
fn effects_propagate_through_calls() {
    let m = model(
        "event e;
         fun Pure(x: int): int { return x + 1; }
         fun Sends(m: machine) { send m, e; }
         fun Coin(): bool { return $; }
         machine Main {
           start state S {
             entry { Helper(); }
             on e goto S;
           }
           fun Helper() { Sends(this); if (Coin()) { raise e; } }
           fun Quiet(): int { return Pure(1); }
         }",
    );
    let main = m.machine_by_name("Main");
    let helper = m.function(m.function_by_name(main, "Helper").unwrap());
    assert!(helper.effects.sends && helper.effects.can_suspend());
    assert!(helper.effects.raises && helper.effects.nondeterministic);
    assert!(!helper.effects.creates && !helper.effects.changes_state);
    let callees: Vec<&str> = helper
        .effects
        .callees
        .iter()
        .filter_map(|f| m.function(*f).name.as_deref())
        .collect();
    assert_eq!(callees, ["Sends", "Coin"]);
    let quiet = m.function(m.function_by_name(main, "Quiet").unwrap());
    assert!(!quiet.effects.can_suspend() && !quiet.effects.nondeterministic);
    let entry = m.function(m.machine(main.unwrap()).states[0].entry.unwrap());
    assert!(entry.effects.sends && entry.effects.raises);
}

#[test]
fn tests_record_main_bindings_and_monitors() {
    let m = model(
        "event eReq;
         interface IServer() receives eReq;
         machine Server { start state S { on eReq do {} } }
         machine Client { start state S { entry { send new IServer(), eReq; } } }
         spec Safety observes eReq { start state S { on eReq do {} } }
         test tc [main = Client]: assert Safety in { Client, Server -> IServer };",
    );
    assert_eq!(m.tests.len(), 1);
    let t = &m.tests[0];
    assert_eq!(t.kind, TestKind::Test);
    assert_eq!(t.main, m.machine_by_name("Client"));
    let bindings: Vec<(String, String)> = t
        .module
        .bindings
        .iter()
        .map(|(i, mid)| (m.interface(*i).name.clone(), m.machine(*mid).name.clone()))
        .collect();
    assert!(bindings.contains(&("IServer".into(), "Server".into())));
    assert!(bindings.contains(&("Client".into(), "Client".into())));
    let client = m.machine(m.machine_by_name("Client").unwrap());
    assert_eq!(client.creates.len(), 1);
    assert_eq!(m.interface(client.creates[0]).name, "IServer");
    let (spec, ifaces) = &t.module.monitors[0];
    assert_eq!(m.machine(*spec).name, "Safety");
    assert_eq!(ifaces.len(), 2);
}

#[test]
fn a_program_without_tests_runs_main_without_monitors() {
    let m = model(
        "event e;
         spec Watch observes e { start state S { on e do {} } }
         machine Main { start state S { entry { new Other(); } } }
         machine Other { start state S { } }",
    );
    assert_eq!(m.tests.len(), 1);
    let t = &m.tests[0];
    assert_eq!(t.kind, TestKind::Default);
    assert_eq!(t.main, m.machine_by_name("Main"));
    assert!(t.module.monitors.is_empty());
    assert_eq!(t.module.bindings.len(), 2);
    let none = model("machine NotMain { start state S { } }");
    assert!(none.tests.is_empty());
}

#[test]
fn machines_have_interfaces_payloads_and_start_states() {
    let m = model(
        "event e;
         machine W receives e; sends e; {
           start state Idle { entry (n: int) { } }
           hot state Busy { defer e; }
         }
         machine Main { start state S { entry { new W(3); } } }",
    );
    let w = m.machine(m.machine_by_name("W").unwrap());
    assert_eq!(w.payload, TypeId::INT);
    assert_eq!(w.state(w.start).name, "Idle");
    assert_eq!(w.states[1].temperature, Temperature::Hot);
    let iface = m.interface(w.interface.unwrap());
    assert_eq!(iface.name, "W");
    assert_eq!(iface.payload, TypeId::INT);
    let e = m.event_by_name("e").unwrap();
    assert_eq!(iface.receives, EventSet::Only(vec![e]));
    assert_eq!(w.sends, EventSet::Only(vec![e]));
    assert!(matches!(w.states[1].handlers[0].action, Action::Defer));
}

#[test]
fn format_strings_are_parsed() {
    let m = model("fun F(x: int): string { return format(\"a{0}b{{c}}\\n\", x); }");
    let s = stmts(&m, None, "F");
    let StmtKind::Return(Some(v)) = &s[0].kind else {
        panic!()
    };
    let ExprKind::Format { parts, args } = &v.kind else {
        panic!()
    };
    assert_eq!(
        parts,
        &[
            FormatPart::Text("a".into()),
            FormatPart::Arg(0),
            FormatPart::Text("b{c}\n".into())
        ]
    );
    assert_eq!(args.len(), 1);
}
