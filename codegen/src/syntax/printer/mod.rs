//! The syntax tree back to P text: [`print`] is the inverse of parsing,
//! spans aside (`parse(print(t))` equals `t` once spans are erased).
//!
//! Layout follows P's tutorials: four-space indentation, one declaration,
//! member or statement per line, braces on the opening line. Verification
//! constructs are written back verbatim from the text they were read from.

mod expr;

use super::ast::*;
use expr::{write_expr, write_list, write_type};
use std::fmt::Write;

/// Prints a whole source unit.
pub fn print(unit: &SourceUnit) -> String {
    super::with_stack(|| {
        let mut p = Printer::default();
        for (k, d) in unit.decls.iter().enumerate() {
            if k > 0 {
                p.out.push('\n');
            }
            p.top_decl(d);
        }
        p.out
    })
}

/// Prints one expression, with only the parentheses it needs.
pub fn print_expr(e: &Expr) -> String {
    super::with_stack(|| {
        let mut out = String::new();
        write_expr(&mut out, e);
        out
    })
}

#[derive(Default)]
struct Printer {
    out: String,
    indent: usize,
}

impl Printer {
    /// Starts a new line at the current indentation.
    fn start(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    fn line(&mut self, text: &str) {
        self.start();
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn expr(&mut self, e: &Expr) {
        write_expr(&mut self.out, e);
    }

    fn ty(&mut self, t: &TypeExpr) {
        write_type(&mut self.out, t);
    }

    fn events(&mut self, events: &[EventRef]) {
        for (k, e) in events.iter().enumerate() {
            if k > 0 {
                self.out.push_str(", ");
            }
            self.out.push_str(match e {
                EventRef::Named(i) => &i.name,
                EventRef::Halt(_) => "halt",
                EventRef::Null(_) => "null",
            });
        }
    }

    fn names(&mut self, names: &[Ident]) {
        let joined: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
        self.out.push_str(&joined.join(", "));
    }

    fn cardinality(&mut self, c: &Option<Cardinality>) {
        if let Some(c) = c {
            let kw = match c.kind {
                CardinalityKind::Assert => "assert",
                CardinalityKind::Assume => "assume",
            };
            let _ = write!(self.out, " {kw} {}", c.bound.value);
        }
    }

    fn top_decl(&mut self, d: &TopDecl) {
        match d {
            TopDecl::TypeDef(t) => {
                self.start();
                let _ = write!(self.out, "type {}", t.name.name);
                if let Some(ty) = &t.ty {
                    self.out.push_str(" = ");
                    self.ty(ty);
                }
                self.out.push_str(";\n");
            }
            TopDecl::Enum(e) => {
                self.start();
                let _ = write!(self.out, "enum {} {{ ", e.name.name);
                for (k, el) in e.elems.iter().enumerate() {
                    if k > 0 {
                        self.out.push_str(", ");
                    }
                    self.out.push_str(&el.name.name);
                    if let Some(v) = &el.value {
                        let _ = write!(self.out, " = {}", v.value);
                    }
                }
                self.out.push_str(" }\n");
            }
            TopDecl::Event(e) => {
                self.start();
                let _ = write!(self.out, "event {}", e.name.name);
                self.cardinality(&e.cardinality);
                if let Some(t) = &e.payload {
                    self.out.push_str(": ");
                    self.ty(t);
                }
                self.out.push_str(";\n");
            }
            TopDecl::EventSet(s) => {
                self.start();
                let _ = write!(self.out, "eventset {} = {{ ", s.name.name);
                self.events(&s.events);
                self.out.push_str(" };\n");
            }
            TopDecl::Interface(i) => {
                self.start();
                let _ = write!(self.out, "interface {}(", i.name.name);
                if let Some(t) = &i.payload {
                    self.ty(t);
                }
                self.out.push(')');
                if let Some(r) = &i.receives {
                    self.out.push_str(" receives");
                    if !r.is_empty() {
                        self.out.push(' ');
                        self.events(r);
                    }
                }
                self.out.push_str(";\n");
            }
            TopDecl::Machine(m) => self.machine(m),
            TopDecl::Fun(f) => self.fun(f),
            TopDecl::Module(m) => {
                self.start();
                let _ = write!(self.out, "module {} = ", m.name.name);
                self.mod_expr(&m.expr);
                self.out.push_str(";\n");
            }
            TopDecl::Test(t) => self.test(t),
            TopDecl::Implementation(i) => {
                self.start();
                let _ = write!(self.out, "implementation {}", i.name.name);
                self.main(&i.main);
                self.out.push_str(": ");
                self.mod_expr(&i.module);
                self.out.push_str(";\n");
            }
            TopDecl::Param(p) => {
                self.start();
                self.out.push_str("param ");
                self.names(&p.names);
                self.out.push_str(": ");
                self.ty(&p.ty);
                self.out.push_str(";\n");
            }
            TopDecl::Verification(v) => self.line(&v.text),
        }
    }

    fn main(&mut self, main: &Option<Ident>) {
        if let Some(m) = main {
            let _ = write!(self.out, " [main = {}]", m.name);
        }
    }

    fn test(&mut self, t: &TestDecl) {
        self.start();
        self.out.push_str("test ");
        if let Some(p) = &t.params {
            self.out.push_str("param (");
            for (k, (name, values)) in p.params.iter().enumerate() {
                if k > 0 {
                    self.out.push_str(", ");
                }
                let _ = write!(self.out, "{} in [", name.name);
                write_list(&mut self.out, values);
                self.out.push(']');
            }
            self.out.push_str(") ");
            if let Some(a) = &p.assume {
                self.out.push_str("assume (");
                self.expr(a);
                self.out.push_str(") ");
            }
            if let Some(w) = p.wise {
                let _ = write!(self.out, "({w} wise) ");
            }
        }
        self.out.push_str(&t.name.name);
        self.main(&t.main);
        self.out.push_str(": ");
        self.mod_expr(&t.module);
        if let Some(r) = &t.refines {
            self.out.push_str(" refines ");
            self.mod_expr(r);
        }
        self.out.push_str(";\n");
    }

    fn mod_expr(&mut self, m: &ModExpr) {
        match &m.kind {
            ModExprKind::Paren(e) => {
                self.out.push('(');
                self.mod_expr(e);
                self.out.push(')');
            }
            ModExprKind::Primitive(bs) => {
                self.out.push_str("{ ");
                for (k, b) in bs.iter().enumerate() {
                    if k > 0 {
                        self.out.push_str(", ");
                    }
                    self.out.push_str(&b.machine.name);
                    if let Some(i) = &b.interface {
                        let _ = write!(self.out, " -> {}", i.name);
                    }
                }
                self.out.push_str(" }");
            }
            ModExprKind::Named(i) => self.out.push_str(&i.name),
            ModExprKind::Compose(es) | ModExprKind::Union(es) => {
                let kw = if matches!(m.kind, ModExprKind::Compose(_)) {
                    "compose "
                } else {
                    "union "
                };
                self.out.push_str(kw);
                for (k, e) in es.iter().enumerate() {
                    if k > 0 {
                        self.out.push_str(", ");
                    }
                    self.mod_expr(e);
                }
            }
            ModExprKind::HideEvents(events, e) => {
                self.out.push_str("hidee ");
                self.events(events);
                self.out.push_str(" in ");
                self.mod_expr(e);
            }
            ModExprKind::HideInterfaces(names, e) | ModExprKind::Assert(names, e) => {
                let kw = if matches!(m.kind, ModExprKind::Assert(..)) {
                    "assert "
                } else {
                    "hidei "
                };
                self.out.push_str(kw);
                self.names(names);
                self.out.push_str(" in ");
                self.mod_expr(e);
            }
            ModExprKind::Rename { from, to, module } => {
                let _ = write!(self.out, "rename {} to {} in ", from.name, to.name);
                self.mod_expr(module);
            }
            ModExprKind::Main(n, e) => {
                let _ = write!(self.out, "main {} in ", n.name);
                self.mod_expr(e);
            }
        }
    }
}

mod machine;
