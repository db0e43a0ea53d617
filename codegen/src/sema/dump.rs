//! A readable text form of the checked model, for snapshots and for reading
//! what the checker decided: declarations, handler bindings, effects, and
//! bodies with resolved names, conversions and types.
//!
//! Expressions print as s-expressions (`(+ x 1)`, `(upcast any 1)`);
//! variables print by name with `#local`/`.field` markers, so the resolution
//! is visible.

use super::model::*;
use std::fmt::Write;

/// The model as text (deterministic; one declaration per paragraph).
pub fn dump(m: &Model) -> String {
    // Bodies nest as deep as the parser allows; so does this walk.
    crate::syntax::with_stack(|| {
        let mut d = Dumper {
            m,
            out: String::new(),
        };
        d.all();
        d.out
    })
}

struct Dumper<'m> {
    m: &'m Model,
    out: String,
}

impl Dumper<'_> {
    fn ty(&self, t: TypeId) -> String {
        self.m.types.display(t)
    }

    fn line(&mut self, indent: usize, text: impl AsRef<str>) {
        let _ = writeln!(self.out, "{}{}", "  ".repeat(indent), text.as_ref());
    }

    fn events(&self, s: &EventSet) -> String {
        match s {
            EventSet::All => "all".into(),
            EventSet::Only(v) => self.event_list(v),
        }
    }

    fn event_list(&self, v: &[EventId]) -> String {
        let names: Vec<&str> = v.iter().map(|e| self.m.event(*e).name.as_str()).collect();
        format!("{{{}}}", names.join(", "))
    }

    fn interfaces(&self, v: &[InterfaceId]) -> String {
        let names: Vec<&str> = v
            .iter()
            .map(|i| self.m.interface(*i).name.as_str())
            .collect();
        format!("{{{}}}", names.join(", "))
    }

    fn fun(&self, f: FunId) -> String {
        match &self.m.function(f).name {
            Some(n) => format!("{n}#{}", f.0),
            None => format!("anon#{}", f.0),
        }
    }

    fn all(&mut self) {
        let m = self.m;
        for t in &m.type_decls {
            let kind = if t.foreign { "foreign type" } else { "type" };
            self.line(0, format!("{kind} {} = {}", t.name, self.ty(t.ty)));
        }
        for e in &m.enums {
            let elems: Vec<String> = e
                .elems
                .iter()
                .map(|x| format!("{} = {}", x.name, x.value))
                .collect();
            let default = e
                .elems
                .get(e.default_elem())
                .map_or("-", |x| x.name.as_str());
            self.line(
                0,
                format!(
                    "enum {} {{ {} }} default {default}",
                    e.name,
                    elems.join(", ")
                ),
            );
        }
        for e in m.events.iter().filter(|e| e.kind == EventKind::User) {
            self.line(0, format!("event {}: {}", e.name, self.ty(e.payload)));
        }
        for s in &m.event_sets {
            self.line(
                0,
                format!("eventset {} = {}", s.name, self.event_list(&s.events)),
            );
        }
        for i in m.interfaces.iter().filter(|i| i.machine.is_none()) {
            let line = format!(
                "interface {}({}) receives {}",
                i.name,
                self.ty(i.payload),
                self.events(&i.receives)
            );
            self.line(0, line);
        }
        for p in &m.params {
            self.line(0, format!("param {}: {}", p.name, self.ty(p.ty)));
        }
        for f in 0..m.functions.len() {
            if m.functions[f].owner.is_none() {
                self.function(FunId(f as u32), 0);
            }
        }
        for (i, mac) in m.machines.iter().enumerate() {
            self.machine(MachineId(i as u32), mac);
        }
        for md in &m.modules {
            self.line(0, format!("module {}", md.name));
            self.module(&md.info, 1);
        }
        for t in &m.tests {
            let main = t.main.map_or("-".into(), |x| m.machine(x).name.clone());
            self.line(0, format!("test {} ({:?}) main {main}", t.name, t.kind));
            if !t.params.is_empty() {
                let values: Vec<String> = t
                    .params
                    .iter()
                    .map(|(p, v)| format!("{} = {v:?}", m.params[p.index()].name))
                    .collect();
                self.line(1, format!("params {}", values.join(", ")));
            }
            self.module(&t.module, 1);
        }
    }

    fn module(&mut self, info: &ModuleInfo, ind: usize) {
        for (i, mac) in &info.bindings {
            let line = format!(
                "bind {} -> {}",
                self.m.interface(*i).name,
                self.m.machine(*mac).name
            );
            self.line(ind, line);
        }
        for (spec, ifaces) in &info.monitors {
            let line = format!(
                "monitor {} on {}",
                self.m.machine(*spec).name,
                self.interfaces(ifaces)
            );
            self.line(ind, line);
        }
        let line = format!(
            "sends {} receives {} creates {}",
            self.event_list(&info.sends),
            self.event_list(&info.receives),
            self.interfaces(&info.creates)
        );
        self.line(ind, line);
    }

    fn machine(&mut self, id: MachineId, mac: &Machine) {
        let kind = match mac.kind {
            MachineKind::Machine => "machine",
            MachineKind::Spec => "spec",
            MachineKind::Scenario => "scenario",
        };
        let mut head = format!("{kind} {}", mac.name);
        if mac.is_spec() {
            head += &format!(" observes {}", self.event_list(&mac.observes));
        } else {
            head += &format!(
                "({}) receives {} sends {} creates {}",
                self.ty(mac.payload),
                self.events(&mac.receives),
                self.events(&mac.sends),
                self.interfaces(&mac.creates)
            );
        }
        self.line(0, head);
        for f in &mac.fields {
            self.line(1, format!("var {}: {}", f.name, self.ty(f.ty)));
        }
        for (si, s) in mac.states.iter().enumerate() {
            let start = if StateId(si as u32) == mac.start {
                "start "
            } else {
                ""
            };
            self.line(1, format!("{start}state {} ({:?})", s.name, s.temperature));
            if let Some(f) = s.entry {
                self.line(2, format!("entry {}", self.fun(f)));
            }
            if let Some(f) = s.exit {
                self.line(2, format!("exit {}", self.fun(f)));
            }
            for h in &s.handlers {
                let ev = &self.m.event(h.event).name;
                let action = match &h.action {
                    Action::Do(b) => format!("do {} {}", self.fun(b.fun), self.binding(b.param)),
                    Action::Goto {
                        target,
                        with,
                        entry,
                    } => {
                        let with = with
                            .as_ref()
                            .map(|b| format!(" with {} {}", self.fun(b.fun), self.binding(b.param)))
                            .unwrap_or_default();
                        format!(
                            "goto {}{with} entry {}",
                            mac.state(*target).name,
                            self.binding(*entry)
                        )
                    }
                    Action::Defer => "defer".into(),
                    Action::Ignore => "ignore".into(),
                };
                self.line(2, format!("on {ev} {action}"));
            }
        }
        for f in 0..self.m.functions.len() {
            if self.m.functions[f].owner == Some(id) {
                self.function(FunId(f as u32), 1);
            }
        }
    }

    fn binding(&self, b: ParamBinding) -> String {
        match b {
            ParamBinding::None => "(no param)".into(),
            ParamBinding::Direct => "(direct)".into(),
            ParamBinding::Upcast { to } => format!("(upcast {})", self.ty(to)),
            ParamBinding::TupleElement { to } => format!("(element {})", self.ty(to)),
        }
    }

    fn function(&mut self, id: FunId, ind: usize) {
        let f = self.m.function(id);
        let params: Vec<String> = f.locals[..f.params]
            .iter()
            .map(|l| format!("{}: {}", l.name, self.ty(l.ty)))
            .collect();
        let e = &f.effects;
        let flags: Vec<&str> = [
            (e.sends, "sends"),
            (e.announces, "announces"),
            (e.creates, "creates"),
            (e.receives, "receives"),
            (e.raises, "raises"),
            (e.changes_state, "goto"),
            (e.nondeterministic, "nondet"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect();
        let calls: Vec<String> = e.callees.iter().map(|c| self.fun(*c)).collect();
        let mut head = format!(
            "fun {}({}): {}",
            self.fun(id),
            params.join(", "),
            self.ty(f.ret)
        );
        if !flags.is_empty() {
            head += &format!(" [{}]", flags.join(" "));
        }
        if !calls.is_empty() {
            head += &format!(" calls {}", calls.join(" "));
        }
        if f.body.is_none() {
            head += " foreign";
        }
        self.line(ind, head);
        for l in &f.locals[f.params..] {
            self.line(ind + 1, format!("var {}: {}", l.name, self.ty(l.ty)));
        }
        if let Some(b) = &f.body {
            let b = b.clone();
            self.block(id, &b, ind + 1);
        }
    }

    fn block(&mut self, f: FunId, b: &Block, ind: usize) {
        for s in &b.stmts {
            self.stmt(f, s, ind);
        }
    }

    fn opt(&self, f: FunId, e: &Option<Expr>) -> String {
        e.as_ref()
            .map(|e| format!(" {}", self.expr(f, e)))
            .unwrap_or_default()
    }

    fn stmt(&mut self, f: FunId, s: &Stmt, ind: usize) {
        let x = |e: &Expr| self.expr(f, e);
        let text = match &s.kind {
            StmtKind::Block(b) => {
                self.line(ind, "block");
                return self.block(f, b, ind + 1);
            }
            StmtKind::Assert { cond, message } => {
                format!("assert {}{}", x(cond), self.opt(f, message))
            }
            StmtKind::Print(e) => format!("print {}", x(e)),
            StmtKind::Return(v) => format!("return{}", self.opt(f, v)),
            StmtKind::Break => "break".into(),
            StmtKind::Continue => "continue".into(),
            StmtKind::Assign { target, value } => format!("{} = {}", x(target), x(value)),
            StmtKind::Insert {
                target,
                index,
                value,
                kind,
            } => {
                format!("{} += {kind:?} ({}, {})", x(target), x(index), x(value))
            }
            StmtKind::Add { target, value } => format!("{} += ({})", x(target), x(value)),
            StmtKind::Remove { target, key, kind } => {
                format!("{} -= {kind:?} {}", x(target), x(key))
            }
            StmtKind::While { cond, body } => {
                self.line(ind, format!("while {}", x(cond)));
                return self.block(f, body, ind + 1);
            }
            StmtKind::Foreach {
                item,
                collection,
                kind,
                body,
            } => {
                self.line(
                    ind,
                    format!(
                        "foreach {} in {kind:?} {}",
                        self.var(f, *item),
                        x(collection)
                    ),
                );
                return self.block(f, body, ind + 1);
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.line(ind, format!("if {}", x(cond)));
                self.block(f, then, ind + 1);
                if let Some(o) = otherwise {
                    self.line(ind, "else");
                    self.block(f, o, ind + 1);
                }
                return;
            }
            StmtKind::Expr(e) => x(e),
            StmtKind::Raise { event, payload } => {
                format!("raise {}{}", x(event), self.opt(f, payload))
            }
            StmtKind::Send {
                target,
                event,
                payload,
            } => {
                format!("send {} {}{}", x(target), x(event), self.opt(f, payload))
            }
            StmtKind::Announce { event, payload } => {
                format!("announce {}{}", x(event), self.opt(f, payload))
            }
            StmtKind::Goto { state, payload } => {
                let owner = self.m.function(f).owner;
                let name =
                    owner.map_or("?".into(), |o| self.m.machine(o).state(*state).name.clone());
                format!("goto {name}{}", self.opt(f, payload))
            }
            StmtKind::Receive(cases) => {
                self.line(ind, "receive");
                for c in cases {
                    let param = c.param.as_ref().map_or(String::new(), |(l, bs)| {
                        let bs: Vec<String> = bs.iter().map(|b| self.binding(*b)).collect();
                        format!(" ({} {})", self.var(f, VarRef::Local(*l)), bs.join(" "))
                    });
                    self.line(
                        ind + 1,
                        format!("case {}{param}", self.event_list(&c.events)),
                    );
                    self.block(f, &c.body, ind + 2);
                }
                return;
            }
        };
        self.line(ind, format!("{text}    @{}:{}", s.loc.line, s.loc.col));
    }

    fn var(&self, f: FunId, v: VarRef) -> String {
        let fun = self.m.function(f);
        match v {
            VarRef::Local(l) => format!("{}#local", fun.locals[l.index()].name),
            VarRef::Field(x) => {
                let name = fun.owner.map_or("?".into(), |o| {
                    self.m.machine(o).fields[x.index()].name.clone()
                });
                format!(".{name}")
            }
        }
    }

    fn expr(&self, f: FunId, e: &Expr) -> String {
        let x = |e: &Expr| self.expr(f, e);
        let list = |head: &str, items: &[Expr]| {
            let parts: Vec<String> = items.iter().map(x).collect();
            format!("({head} {})", parts.join(" "))
        };
        match &e.kind {
            ExprKind::Var(v) => self.var(f, *v),
            ExprKind::Param(p) => format!("param:{}", self.m.params[p.index()].name),
            ExprKind::EnumElem(en, i) => self.m.enums[en.index()].elems[*i].name.clone(),
            ExprKind::Event(ev) => format!("event:{}", self.m.event(*ev).name),
            ExprKind::Int(v) => v.to_string(),
            ExprKind::Float(v) => format!("{v:?}"),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::Format { parts, args } => {
                let text: String = parts
                    .iter()
                    .map(|p| match p {
                        FormatPart::Text(t) => t.escape_debug().to_string(),
                        FormatPart::Arg(i) => format!("{{{i}}}"),
                    })
                    .collect();
                if args.is_empty() {
                    format!("\"{text}\"")
                } else {
                    list(&format!("format \"{text}\""), args)
                }
            }
            ExprKind::Null => "null".into(),
            ExprKind::Nondet { fair } => if *fair { "$$" } else { "$" }.into(),
            ExprKind::This => "this".into(),
            ExprKind::Tuple(items) => list("tuple", items),
            ExprKind::NamedTuple(items) => list(&format!("named {}", self.ty(e.ty)), items),
            ExprKind::Field(inner, i) => format!("(. {} {i})", x(inner)),
            ExprKind::Index {
                collection,
                index,
                kind,
            } => format!("([] {kind:?} {} {})", x(collection), x(index)),
            ExprKind::Keys(m) => format!("(keys {})", x(m)),
            ExprKind::Values(m) => format!("(values {})", x(m)),
            ExprKind::Sizeof(c, _) => format!("(sizeof {})", x(c)),
            ExprKind::Default => format!("(default {})", self.ty(e.ty)),
            ExprKind::New { interface, payload } => {
                let p = payload
                    .as_ref()
                    .map(|p| format!(" {}", x(p)))
                    .unwrap_or_default();
                format!("(new {}{p})", self.m.interface(*interface).name)
            }
            ExprKind::Call { fun, args } => list(&format!("call {}", self.fun(*fun)), args),
            ExprKind::Unary(op, inner) => format!("({op:?} {})", x(inner)),
            ExprKind::Binary(op, l, r) => format!("({op:?} {} {})", x(l), x(r)),
            ExprKind::In {
                item,
                collection,
                kind,
            } => format!("(in {kind:?} {} {})", x(item), x(collection)),
            ExprKind::Cast(inner) => format!("(as {} {})", self.ty(e.ty), x(inner)),
            ExprKind::Coerce(inner, c) => format!("(to {c:?} {})", x(inner)),
            ExprKind::Choose(None) => "(choose)".into(),
            ExprKind::Choose(Some((a, k))) => format!("(choose {k:?} {})", x(a)),
            ExprKind::Upcast(inner) => format!("(upcast {} {})", self.ty(e.ty), x(inner)),
        }
    }
}
