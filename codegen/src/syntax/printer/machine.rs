//! Printing machines, functions, states and statements.

use super::Printer;
use super::expr::write_list;
use crate::syntax::ast::*;
use std::fmt::Write;

impl Printer {
    pub(super) fn machine(&mut self, m: &MachineDecl) {
        self.start();
        match &m.kind {
            MachineKind::Machine => {
                let _ = write!(self.out, "machine {}", m.name.name);
                self.cardinality(&m.cardinality);
                for (kw, lists) in [("receives", &m.receives), ("sends", &m.sends)] {
                    for list in lists {
                        let _ = write!(self.out, " {kw}");
                        if !list.is_empty() {
                            self.out.push(' ');
                            self.events(list);
                        }
                        self.out.push(';');
                    }
                }
            }
            MachineKind::Spec { observes } | MachineKind::Scenario { observes } => {
                let kw = if matches!(m.kind, MachineKind::Spec { .. }) {
                    "spec"
                } else {
                    "scenario"
                };
                let _ = write!(self.out, "{kw} {} observes ", m.name.name);
                self.events(observes);
            }
        }
        self.out.push_str(" {\n");
        self.indent += 1;
        for item in &m.items {
            match item {
                MachineItem::Var(v) => self.var(v),
                MachineItem::Fun(f) => self.fun(f),
                MachineItem::State(s) => self.state(s),
                MachineItem::Verification(v) => self.line(&v.text),
            }
        }
        self.indent -= 1;
        self.line("}");
    }

    fn var(&mut self, v: &VarDecl) {
        self.start();
        self.out.push_str("var ");
        self.names(&v.names);
        self.out.push_str(": ");
        self.ty(&v.ty);
        self.out.push_str(";\n");
    }

    fn param(&mut self, p: &Param) {
        let _ = write!(self.out, "{}: ", p.name.name);
        self.ty(&p.ty);
    }

    pub(super) fn fun(&mut self, f: &FunDecl) {
        self.start();
        let _ = write!(self.out, "fun {}(", f.name.name);
        for (k, p) in f.params.iter().enumerate() {
            if k > 0 {
                self.out.push_str(", ");
            }
            self.param(p);
        }
        self.out.push(')');
        if let Some(t) = &f.ret {
            self.out.push_str(": ");
            self.ty(t);
        }
        match &f.body {
            Some(b) => {
                self.out.push(' ');
                self.body(b);
                self.out.push('\n');
            }
            None => {
                if !f.creates.is_empty() {
                    self.out.push_str(" creates ");
                    self.names(&f.creates);
                }
                self.out.push_str(";\n");
            }
        }
    }

    /// `{ locals statements }`, ending after the closing brace.
    fn body(&mut self, b: &FunBody) {
        self.out.push_str("{\n");
        self.indent += 1;
        for v in &b.locals {
            self.var(v);
        }
        for s in &b.stmts {
            self.stmt(s);
        }
        self.indent -= 1;
        self.start();
        self.out.push('}');
    }

    fn anon(&mut self, a: &AnonFun) {
        if let Some(p) = &a.param {
            self.out.push('(');
            self.param(p);
            self.out.push_str(") ");
        }
        self.body(&a.body);
    }

    /// A handler after `entry`, `exit`, `do` or `with`, ending the line.
    fn handler(&mut self, h: &Handler) {
        match h {
            Handler::Named(i) => {
                let _ = writeln!(self.out, " {};", i.name);
            }
            Handler::Anon(a) => {
                self.out.push(' ');
                self.anon(a);
                self.out.push('\n');
            }
        }
    }

    fn state(&mut self, s: &StateDecl) {
        self.start();
        if s.start {
            self.out.push_str("start ");
        }
        match s.temperature {
            Some(Temperature::Hot) => self.out.push_str("hot "),
            Some(Temperature::Cold) => self.out.push_str("cold "),
            None => {}
        }
        let _ = writeln!(self.out, "state {} {{", s.name.name);
        self.indent += 1;
        for item in &s.items {
            self.start();
            match item {
                StateItem::Entry(h) => {
                    self.out.push_str("entry");
                    self.handler(h);
                }
                StateItem::Exit(h) => {
                    self.out.push_str("exit");
                    self.handler(h);
                }
                StateItem::Defer(events, _) | StateItem::Ignore(events, _) => {
                    let kw = if matches!(item, StateItem::Defer(..)) {
                        "defer "
                    } else {
                        "ignore "
                    };
                    self.out.push_str(kw);
                    self.events(events);
                    self.out.push_str(";\n");
                }
                StateItem::OnDo {
                    events, handler, ..
                } => {
                    self.out.push_str("on ");
                    self.events(events);
                    self.out.push_str(" do");
                    self.handler(handler);
                }
                StateItem::OnGoto {
                    events,
                    target,
                    with,
                    ..
                } => {
                    self.out.push_str("on ");
                    self.events(events);
                    let _ = write!(self.out, " goto {}", target.name);
                    match with {
                        Some(h) => {
                            self.out.push_str(" with");
                            self.handler(h);
                        }
                        None => self.out.push_str(";\n"),
                    }
                }
            }
        }
        self.indent -= 1;
        self.line("}");
    }

    /// One statement on its own line(s).
    fn stmt(&mut self, s: &Stmt) {
        self.start();
        self.stmt_inline(s);
        self.out.push('\n');
    }

    /// A statement starting at the current position, without the final newline.
    fn stmt_inline(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(ss) => {
                self.out.push_str("{\n");
                self.indent += 1;
                for x in ss {
                    self.stmt(x);
                }
                self.indent -= 1;
                self.start();
                self.out.push('}');
            }
            StmtKind::Assert { cond, message } | StmtKind::Assume { cond, message } => {
                let kw = if matches!(s.kind, StmtKind::Assert { .. }) {
                    "assert "
                } else {
                    "assume "
                };
                self.out.push_str(kw);
                self.expr(cond);
                if let Some(m) = message {
                    self.out.push_str(", ");
                    self.expr(m);
                }
                self.out.push(';');
            }
            StmtKind::Print(e) => {
                self.out.push_str("print ");
                self.expr(e);
                self.out.push(';');
            }
            StmtKind::Return(e) => {
                self.out.push_str("return");
                if let Some(e) = e {
                    self.out.push(' ');
                    self.expr(e);
                }
                self.out.push(';');
            }
            StmtKind::Break => self.out.push_str("break;"),
            StmtKind::Continue => self.out.push_str("continue;"),
            StmtKind::Assign { target, value } => self.assign(target, " = ", value, ""),
            StmtKind::Insert {
                target,
                index,
                value,
            } => {
                self.expr(target);
                self.out.push_str(" += (");
                self.expr(index);
                self.out.push_str(", ");
                self.expr(value);
                self.out.push_str(");");
            }
            StmtKind::Add { target, value } => self.assign(target, " += (", value, ")"),
            StmtKind::Remove { target, key } => self.assign(target, " -= ", key, ""),
            StmtKind::While { cond, body } => {
                self.out.push_str("while (");
                self.expr(cond);
                self.out.push(')');
                self.sub_stmt(body);
            }
            StmtKind::Foreach {
                item,
                collection,
                body,
            } => {
                let _ = write!(self.out, "foreach ({} in ", item.name);
                self.expr(collection);
                self.out.push(')');
                self.sub_stmt(body);
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.out.push_str("if (");
                self.expr(cond);
                self.out.push(')');
                self.sub_stmt(then);
                if let Some(o) = otherwise {
                    if matches!(then.kind, StmtKind::Block(_)) {
                        self.out.push(' ');
                    } else {
                        self.out.push('\n');
                        self.start();
                    }
                    self.out.push_str("else");
                    if matches!(o.kind, StmtKind::If { .. }) {
                        self.out.push(' ');
                        self.stmt_inline(o);
                    } else {
                        self.sub_stmt(o);
                    }
                }
            }
            StmtKind::New { machine, args } => self.call("new ", &machine.name, args),
            StmtKind::Call { fun, args } => self.call("", &fun.name, args),
            StmtKind::Raise { event, args } | StmtKind::Announce { event, args } => {
                let kw = if matches!(s.kind, StmtKind::Raise { .. }) {
                    "raise "
                } else {
                    "announce "
                };
                self.out.push_str(kw);
                self.expr(event);
                self.trailing_args(args);
            }
            StmtKind::Send {
                target,
                event,
                args,
            } => {
                self.out.push_str("send ");
                self.expr(target);
                self.out.push_str(", ");
                self.expr(event);
                self.trailing_args(args);
            }
            StmtKind::Goto { state, args } => {
                let _ = write!(self.out, "goto {}", state.name);
                self.trailing_args(args);
            }
            StmtKind::Receive(cases) => {
                self.out.push_str("receive {\n");
                self.indent += 1;
                for c in cases {
                    self.start();
                    self.out.push_str("case ");
                    self.events(&c.events);
                    self.out.push_str(": ");
                    self.anon(&c.handler);
                    self.out.push('\n');
                }
                self.indent -= 1;
                self.start();
                self.out.push('}');
            }
            StmtKind::Empty => self.out.push(';'),
            StmtKind::Verification(v) => self.out.push_str(&v.text),
        }
    }

    /// The body of an `if`, `else`, `while` or `foreach`: a block on the same
    /// line, anything else indented on the next.
    fn sub_stmt(&mut self, s: &Stmt) {
        if matches!(s.kind, StmtKind::Block(_)) {
            self.out.push(' ');
            self.stmt_inline(s);
        } else {
            self.out.push('\n');
            self.indent += 1;
            self.start();
            self.stmt_inline(s);
            self.indent -= 1;
        }
    }

    fn assign(&mut self, target: &Expr, op: &str, value: &Expr, close: &str) {
        self.expr(target);
        self.out.push_str(op);
        self.expr(value);
        self.out.push_str(close);
        self.out.push(';');
    }

    fn call(&mut self, kw: &str, name: &str, args: &[Expr]) {
        let _ = write!(self.out, "{kw}{name}(");
        write_list(&mut self.out, args);
        self.out.push_str(");");
    }

    /// `, a, b;` after a `raise`, `send`, `announce` or `goto`.
    fn trailing_args(&mut self, args: &[Expr]) {
        for a in args {
            self.out.push_str(", ");
            self.expr(a);
        }
        self.out.push(';');
    }
}
