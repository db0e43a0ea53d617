//! The Rust emitter: checked model in, Rust source files out. No file I/O
//! here: `xtask` and the tests write what [`generate`] returns.
//!
//! Layout of one P project's output (a Rust module tree):
//! - `mod.rs`: the project's `Event` enum, the interface numbers, named
//!   tuple types no alias names, the test cases and `PROGRAM`, and a module
//!   per P folder/file mirroring the P project's layout;
//! - one module per P file with the machines, spec monitors, global
//!   functions, enums and named tuple aliases declared in that file.
//!
//! Every file starts with an `@generated` header naming the command and the
//! P source; code is built as tokens with `quote!` and formatted once with
//! prettyplease.

mod bodies;
mod events;
mod exprs;
mod files;
mod machines;
mod names;
mod tests;
mod types;

use crate::diag::Diagnostic;
use crate::sema::model::*;
use crate::source::{SourceMap, Span};
use proc_macro2::Ident;
use quote::format_ident;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub use files::GeneratedFile;

/// How to emit.
#[derive(Clone, Debug)]
pub struct Options {
    /// The command that regenerates the output, for the header
    /// (`cargo xtask gen`).
    pub command: String,
    /// The Rust path of the generated project's root module from inside the
    /// crate (`crate::tps` in generated-tests, `crate` in a standalone crate).
    pub root_path: String,
    /// The project's name (`PROGRAM.name`).
    pub project: String,
    /// The P project's folder as shown in headers (`p-models/tps`).
    pub source_root: String,
}

/// Generates the Rust for a checked program. Constructs that cannot be
/// emitted are diagnostics, never panics.
pub fn generate(
    model: &Model,
    sources: &SourceMap,
    opts: &Options,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let mut e = Emitter::new(model, sources, opts);
    let files = e.files();
    if e.diags.is_empty() {
        Ok(files)
    } else {
        crate::diag::sort(&mut e.diags);
        Err(e.diags)
    }
}

/// Names and facts computed once for the whole program.
pub(crate) struct Emitter<'m> {
    pub m: &'m Model,
    pub sources: &'m SourceMap,
    pub opts: &'m Options,
    pub diags: Vec<Diagnostic>,
    /// Rust names of enums and named tuple types.
    pub type_names: BTreeMap<TypeId, Ident>,
    /// The file that declares each named type (`None`: the root module).
    pub type_home: BTreeMap<TypeId, Option<crate::source::FileId>>,
    pub event_variants: Vec<Ident>,
    pub event_consts: Vec<Ident>,
    pub machine_names: Vec<Ident>,
    pub fun_names: Vec<Ident>,
    pub field_names: Vec<Vec<Ident>>,
    pub state_consts: Vec<Vec<Ident>>,
    pub iface_consts: Vec<Ident>,
    /// Functions on a call cycle through a suspending function: their async
    /// calls are boxed.
    pub recursive: BTreeSet<FunId>,
}

impl<'m> Emitter<'m> {
    fn new(m: &'m Model, sources: &'m SourceMap, opts: &'m Options) -> Emitter<'m> {
        let mut global = names::Scope::with(&["Event", "PROGRAM", "TESTS", "R", "iface"]);
        let mut e = Emitter {
            m,
            sources,
            opts,
            diags: Vec::new(),
            type_names: BTreeMap::new(),
            type_home: BTreeMap::new(),
            event_variants: Vec::new(),
            event_consts: Vec::new(),
            machine_names: Vec::new(),
            fun_names: Vec::new(),
            field_names: Vec::new(),
            state_consts: Vec::new(),
            iface_consts: Vec::new(),
            recursive: BTreeSet::new(),
        };
        for mach in &m.machines {
            let n = global.take(names::type_name(&mach.name));
            e.machine_names.push(format_ident!("{}", n));
            let mut fields = names::Scope::new();
            e.field_names.push(
                mach.fields
                    .iter()
                    .map(|f| names::ident(&fields.take(names::value_name(&f.name))))
                    .collect(),
            );
            let mut states = names::Scope::new();
            e.state_consts.push(
                mach.states
                    .iter()
                    .map(|s| format_ident!("{}", states.take(names::const_name(&s.name))))
                    .collect(),
            );
        }
        for en in &m.enums {
            let n = global.take(names::type_name(&en.name));
            e.type_names.insert(en.ty, format_ident!("{}", n));
            e.type_home.insert(en.ty, Some(en.span.file));
        }
        // Named tuples: named after the first alias that names them, in the
        // alias's file; others after their fields, in the root module.
        for td in &m.type_decls {
            if !td.foreign
                && matches!(m.types.kind(td.ty), TypeKind::NamedTuple(_))
                && !e.type_names.contains_key(&td.ty)
            {
                let n = global.take(names::type_name(&td.name));
                e.type_names.insert(td.ty, format_ident!("{}", n));
                e.type_home.insert(td.ty, Some(td.span.file));
            }
        }
        for (id, kind) in m.types.iter() {
            let TypeKind::NamedTuple(fields) = kind else {
                continue;
            };
            // The type of a literal like `(a = 1, m = null)` is only met
            // while checking: the checker gives every such value a type of
            // its target (see `sema::model`), so it needs no struct.
            if e.type_names.contains_key(&id) || m.types.holds_null(id) {
                continue;
            }
            let joined: String = fields.iter().map(|(f, _)| names::type_name(f)).collect();
            let n = global.take(format!("Tuple{joined}"));
            e.type_names.insert(id, format_ident!("{}", n));
            e.type_home.insert(id, None);
        }
        let mut events = names::Scope::with(&["Null", "Halt"]);
        let mut event_consts = names::Scope::new();
        for ev in &m.events {
            let (variant, konst) = match ev.kind {
                EventKind::Null => ("Null".to_owned(), "NULL".to_owned()),
                EventKind::Halt => ("Halt".to_owned(), "HALT".to_owned()),
                EventKind::User => (
                    events.take(names::type_name(&ev.name)),
                    // `_ID` keeps the constant apart from the variant: both
                    // live in `Event`'s value namespace, and `e1` would
                    // otherwise be spelled `E1` in both.
                    event_consts.take(format!("{}_ID", names::const_name(&ev.name))),
                ),
            };
            e.event_variants.push(format_ident!("{}", variant));
            e.event_consts.push(format_ident!("{}", konst));
        }
        let mut ifaces = names::Scope::new();
        for i in &m.interfaces {
            e.iface_consts
                .push(format_ident!("{}", ifaces.take(names::const_name(&i.name))));
        }
        // Function names: global functions share the global scope; methods
        // and anonymous handlers are named within their machine.
        let mut methods: BTreeMap<Option<MachineId>, names::Scope> = BTreeMap::new();
        for (i, f) in m.functions.iter().enumerate() {
            let wanted = match (&f.name, f.kind) {
                (Some(n), _) => names::value_name(n),
                (None, _) => anon_name(m, FunId(i as u32)),
            };
            let n = match f.owner {
                None => global.take(wanted),
                Some(_) => methods
                    .entry(f.owner)
                    .or_insert_with(|| {
                        names::Scope::with(&["new", "entry", "exit", "handle", "with"])
                    })
                    .take(wanted),
            };
            e.fun_names.push(names::ident(&n));
        }
        e.recursive = recursive_functions(m);
        e
    }

    /// Reports a construct that cannot be emitted.
    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::error(
            span,
            format!("{what} is not supported by the Rust code generator"),
        ));
    }

    /// `(line, col)` of a span's start.
    pub fn line_col(&self, span: Span) -> (u32, u32) {
        let lc = self.sources.file(span.file).line_col(span.start as usize);
        (lc.line as u32, lc.col as u32)
    }

    /// The P file's path relative to the project root, as shown in messages.
    pub fn file_label(&self, file: crate::source::FileId) -> String {
        let p: PathBuf = self.m.file_path(file).to_path_buf();
        p.to_string_lossy().replace('\\', "/")
    }

    pub fn fun(&self, id: FunId) -> &'m Function {
        self.m.function(id)
    }

    /// Whether calls of `f` are `async` (it can reach a scheduling point).
    pub fn is_async(&self, f: FunId) -> bool {
        let fun = self.fun(f);
        fun.effects.can_suspend() && fun.owner.is_none_or(|o| !self.m.machine(o).is_spec())
    }

    /// Whether a global function needs the machine's `Ctx` (it suspends,
    /// chooses, or uses `this`) rather than any [`Env`].
    pub fn needs_ctx(&self, f: FunId) -> bool {
        let fun = self.fun(f);
        fun.effects.can_suspend() || fun.effects.nondeterministic || fun.effects.announces
    }
}

/// A readable method name for an anonymous handler: `entry_init`,
/// `exit_ready`, `on_e_send_in_ready`, `with_e_stop_in_ready`.
fn anon_name(m: &Model, id: FunId) -> String {
    for mach in &m.machines {
        for s in &mach.states {
            let st = names::value_name(&s.name);
            if s.entry == Some(id) {
                return format!("entry_{st}");
            }
            if s.exit == Some(id) {
                return format!("exit_{st}");
            }
            for h in &s.handlers {
                let ev = names::value_name(&m.event(h.event).name);
                match &h.action {
                    Action::Do(b) if b.fun == id => return format!("on_{ev}_in_{st}"),
                    Action::Goto { with: Some(b), .. } if b.fun == id => {
                        return format!("with_{ev}_in_{st}");
                    }
                    _ => {}
                }
            }
        }
    }
    format!("handler_{}", id.0)
}

/// Functions that can call themselves (directly or through others).
fn recursive_functions(m: &Model) -> BTreeSet<FunId> {
    let n = m.functions.len();
    let mut out = BTreeSet::new();
    for start in 0..n {
        let start = FunId(start as u32);
        let mut seen = vec![false; n];
        let mut stack: Vec<FunId> = m.function(start).effects.callees.clone();
        while let Some(f) = stack.pop() {
            if f == start {
                out.insert(start);
                break;
            }
            if f.index() < n && !std::mem::replace(&mut seen[f.index()], true) {
                stack.extend(m.function(f).effects.callees.iter().copied());
            }
        }
    }
    out
}
