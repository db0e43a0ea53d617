//! Effects through calls (P's `Analyzer` steps 4 and 5, and
//! `InferMachineCreates`): what each function may do, including through the
//! functions it calls, and the restrictions that depend on it: a spec may
//! not call a function that sends, creates, receives or is nondeterministic;
//! exit and transition functions may not raise or change state.

use super::Checker;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::Span;
use std::collections::BTreeSet;

/// The statement that gives a function an effect.
#[derive(Clone, Copy)]
enum Witness {
    /// A statement of the function itself, and what it does.
    Direct(Span, &'static str),
    /// A call to a function with the effect.
    Call(Span, FunId),
}

/// One effect flag, to find the statement responsible for it.
#[derive(Clone, Copy)]
enum Flag {
    /// send, announce, new, receive or nondeterminism: what specs may not do.
    Impure,
    /// raise or goto: what exit and transition functions may not do.
    StateChange,
}

impl<'a> Checker<'a> {
    pub(super) fn check_effects(&mut self) {
        self.propagate_effects();
        self.infer_creates();
        for i in 0..self.m.functions.len() {
            self.check_spec_calls(FunId(i as u32));
            self.check_transition_function(FunId(i as u32));
        }
    }

    fn propagate_effects(&mut self) {
        let n = self.m.functions.len();
        let mut callers: Vec<Vec<FunId>> = vec![Vec::new(); n];
        for i in 0..n {
            let facts = &self.facts[i];
            let callees: BTreeSet<FunId> = facts.calls.iter().map(|(f, _)| *f).collect();
            for c in &callees {
                callers[c.index()].push(FunId(i as u32));
            }
            self.m.functions[i].effects = Effects {
                sends: !facts.sends.is_empty(),
                announces: !facts.announces.is_empty(),
                // A foreign function creates what its `creates` clause names.
                creates: !facts.creates.is_empty()
                    || !self.m.functions[i].foreign_creates.is_empty(),
                receives: !facts.receives.is_empty(),
                raises: !facts.raises.is_empty(),
                changes_state: !facts.gotos.is_empty(),
                nondeterministic: !facts.nondet.is_empty(),
                callees: callees.into_iter().collect(),
            };
        }
        // Each flag flows from callee to caller; a function is queued again
        // only when it gained a flag, so this ends.
        let mut work: Vec<FunId> = (0..n as u32).map(FunId).collect();
        while let Some(f) = work.pop() {
            let e = self.m.functions[f.index()].effects.clone();
            for &caller in &callers[f.index()] {
                let ce = &mut self.m.functions[caller.index()].effects;
                let before = ce.clone();
                ce.sends |= e.sends;
                ce.announces |= e.announces;
                ce.creates |= e.creates;
                ce.receives |= e.receives;
                ce.raises |= e.raises;
                ce.changes_state |= e.changes_state;
                ce.nondeterministic |= e.nondeterministic;
                if *ce != before {
                    work.push(caller);
                }
            }
        }
    }

    /// Each machine's `creates`: interfaces named by `new` in its functions
    /// and everything they call, and foreign functions' `creates` clauses.
    fn infer_creates(&mut self) {
        for mi in 0..self.m.machines.len() {
            let mut seen = BTreeSet::new();
            let mut work: Vec<FunId> = self
                .m
                .functions
                .iter()
                .enumerate()
                .filter(|(_, f)| f.owner == Some(MachineId(mi as u32)))
                .map(|(i, _)| FunId(i as u32))
                .collect();
            let mut creates = BTreeSet::new();
            while let Some(f) = work.pop() {
                if !seen.insert(f) {
                    continue;
                }
                creates.extend(self.facts[f.index()].creates.iter().map(|(i, _)| *i));
                let fun = &self.m.functions[f.index()];
                creates.extend(fun.foreign_creates.iter().copied());
                work.extend(fun.effects.callees.iter().copied());
            }
            self.m.machines[mi].creates = creates.into_iter().collect();
        }
    }

    fn has(&self, f: FunId, flag: Flag) -> bool {
        let e = &self.m.functions[f.index()].effects;
        match flag {
            Flag::Impure => e.sends || e.announces || e.creates || e.receives || e.nondeterministic,
            Flag::StateChange => e.raises || e.changes_state,
        }
    }

    /// Where `f` gets `flag`: a statement of its own, else a call to a
    /// function that has it.
    fn witness(&self, f: FunId, flag: Flag) -> Option<Witness> {
        let facts = &self.facts[f.index()];
        let direct: Vec<(&[Span], &'static str)> = match flag {
            Flag::Impure => vec![
                (&facts.sends, "sends an event"),
                (&facts.announces, "announces an event"),
                (&facts.receives, "receives events"),
                (&facts.nondet, "makes a nondeterministic choice"),
            ],
            Flag::StateChange => vec![
                (&facts.raises, "raises an event"),
                (&facts.gotos, "changes state"),
            ],
        };
        for (spans, what) in direct {
            if let Some(s) = spans.first() {
                return Some(Witness::Direct(*s, what));
            }
        }
        if let (Flag::Impure, Some((_, s))) = (flag, facts.creates.first()) {
            return Some(Witness::Direct(*s, "creates a machine"));
        }
        facts
            .calls
            .iter()
            .find(|(c, _)| self.has(*c, flag))
            .map(|(c, s)| Witness::Call(*s, *c))
    }

    /// "sends an event" / "calls `g`, which sends events", and where.
    fn describe_witness(&self, w: Witness, flag: Flag, here: bool) -> (Span, String) {
        let at = if here { " here" } else { "" };
        match w {
            Witness::Direct(s, what) => (s, format!("{what}{at}")),
            Witness::Call(s, c) => (
                s,
                format!(
                    "calls {}{at}, which {}",
                    self.fun_name(c),
                    self.effect_word(c, flag)
                ),
            ),
        }
    }

    fn effect_word(&self, f: FunId, flag: Flag) -> &'static str {
        let e = &self.m.functions[f.index()].effects;
        match flag {
            Flag::Impure if e.sends => "sends events",
            Flag::Impure if e.announces => "announces events",
            Flag::Impure if e.creates => "creates machines",
            Flag::Impure if e.receives => "receives events",
            Flag::Impure => "makes nondeterministic choices",
            Flag::StateChange if e.raises => "raises events",
            Flag::StateChange => "changes state",
        }
    }

    /// A spec's function may only call functions without side effects.
    fn check_spec_calls(&mut self, f: FunId) {
        let Some(owner) = self.m.functions[f.index()].owner else {
            return;
        };
        if !self.m.machines[owner.index()].is_spec() {
            return;
        }
        let calls = self.facts[f.index()].calls.clone();
        let mut reported = BTreeSet::new();
        for (callee, span) in calls {
            // The spec's own functions report their statements themselves.
            if self.m.functions[callee.index()].owner == Some(owner)
                || !self.has(callee, Flag::Impure)
                || !reported.insert(callee)
            {
                continue;
            }
            let spec = self.machine_name(owner).to_owned();
            let name = self.fun_name(callee);
            let mut d = Diagnostic::error(
                span,
                format!(
                    "spec machine `{spec}` cannot call {name}: it {}",
                    self.effect_word(callee, Flag::Impure)
                ),
            )
            .with_note("monitors must be deterministic and may not send, create or receive");
            if let Some(w) = self.witness(callee, Flag::Impure) {
                let (at, what) = self.describe_witness(w, Flag::Impure, true);
                d = d.with_label(at, format!("{name} {what}"));
            }
            self.error(d);
        }
    }

    /// Exit and transition functions run in the middle of a state change.
    fn check_transition_function(&mut self, f: FunId) {
        let fun = &self.m.functions[f.index()];
        let role = if fun.roles.exit {
            "an exit function"
        } else if fun.roles.transition {
            "a transition (`with`) function"
        } else {
            return;
        };
        if !self.has(f, Flag::StateChange) {
            return;
        }
        let Some(w) = self.witness(f, Flag::StateChange) else {
            return;
        };
        let (span, what) = self.describe_witness(w, Flag::StateChange, false);
        let name = self.fun_name(f);
        let d = if fun.name.is_some() {
            Diagnostic::error(
                span,
                format!("function {name} is used as {role}, but it {what}"),
            )
            .with_label(fun.span, format!("{name} declared here"))
        } else {
            Diagnostic::error(
                span,
                format!("{role} cannot raise events or change state, but this one {what}"),
            )
        };
        self.error(d.with_note(
            "exit and transition functions run during a state change, which a raise or goto would interrupt",
        ));
    }
}
