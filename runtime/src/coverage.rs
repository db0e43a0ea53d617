//! Coverage of a run: per machine type the states entered and the event
//! handlers run, with counts; per monitor the states visited. States never
//! entered (of machine types that were created) are listed first.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What one machine or monitor type exercised.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TypeCoverage {
    /// Times each state was entered (every state of the type is listed).
    pub states: BTreeMap<String, u64>,
    /// Times each `state: event` handler ran (machines only).
    pub handlers: BTreeMap<String, u64>,
}

/// Coverage of one or many schedules.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Schedules counted.
    pub schedules: u64,
    /// Machine types, by P name.
    pub machines: BTreeMap<String, TypeCoverage>,
    /// Spec monitors, by P name.
    pub monitors: BTreeMap<String, TypeCoverage>,
}

impl Coverage {
    /// Lists the states of a type so unentered ones show up.
    pub(crate) fn know(map: &mut BTreeMap<String, TypeCoverage>, name: &str, states: &[&str]) {
        let t = map.entry(name.to_owned()).or_default();
        for s in states {
            t.states.entry((*s).to_owned()).or_insert(0);
        }
    }

    /// Lists the handlers of a machine type so unrun ones show up.
    pub(crate) fn know_handlers(&mut self, machine: &str, handlers: impl Iterator<Item = String>) {
        let t = self.machines.entry(machine.to_owned()).or_default();
        for h in handlers {
            t.handlers.entry(h).or_insert(0);
        }
    }

    pub(crate) fn enter(map: &mut BTreeMap<String, TypeCoverage>, name: &str, state: &str) {
        *map.entry(name.to_owned())
            .or_default()
            .states
            .entry(state.to_owned())
            .or_insert(0) += 1;
    }

    pub(crate) fn handle(&mut self, machine: &str, state: &str, event: &str) {
        *self
            .machines
            .entry(machine.to_owned())
            .or_default()
            .handlers
            .entry(format!("{state}: {event}"))
            .or_insert(0) += 1;
    }

    /// Adds another run's counts to these.
    pub fn merge(&mut self, other: &Coverage) {
        self.schedules += other.schedules;
        for (into, from) in [
            (&mut self.machines, &other.machines),
            (&mut self.monitors, &other.monitors),
        ] {
            for (name, t) in from {
                let mine = into.entry(name.clone()).or_default();
                for (k, v) in &t.states {
                    *mine.states.entry(k.clone()).or_insert(0) += v;
                }
                for (k, v) in &t.handlers {
                    *mine.handlers.entry(k.clone()).or_insert(0) += v;
                }
            }
        }
    }

    /// The report as text: states never entered first, then counts.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Coverage over {} schedules", self.schedules);
        let mut never = Vec::new();
        for (kind, map) in [("machine", &self.machines), ("monitor", &self.monitors)] {
            for (name, t) in map {
                for (s, n) in &t.states {
                    if *n == 0 {
                        never.push(format!("{kind} {name}: state {s}"));
                    }
                }
                for (h, n) in &t.handlers {
                    if *n == 0 {
                        never.push(format!("{kind} {name}: on {h}"));
                    }
                }
            }
        }
        let _ = writeln!(out, "\nNever exercised ({}):", never.len());
        for line in &never {
            let _ = writeln!(out, "  {line}");
        }
        for (kind, map) in [("Machine", &self.machines), ("Monitor", &self.monitors)] {
            for (name, t) in map {
                let _ = writeln!(out, "\n{kind} {name}");
                for (s, n) in &t.states {
                    let _ = writeln!(out, "  state {s}: entered {n} times");
                }
                for (h, n) in &t.handlers {
                    let _ = writeln!(out, "  on {h}: ran {n} times");
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_counts_and_lists_unentered_states_first() {
        let mut a = Coverage {
            schedules: 1,
            ..Coverage::default()
        };
        Coverage::know(&mut a.machines, "Queue", &["Init", "Ready", "Failed"]);
        Coverage::enter(&mut a.machines, "Queue", "Init");
        a.handle("Queue", "Init", "eSend");
        let mut b = a.clone();
        Coverage::enter(&mut b.machines, "Queue", "Ready");
        b.merge(&a);
        assert_eq!(b.schedules, 2);
        assert_eq!(b.machines["Queue"].states["Init"], 2);
        assert_eq!(b.machines["Queue"].handlers["Init: eSend"], 2);
        let text = b.to_text();
        let never = text.find("machine Queue: state Failed").unwrap();
        assert!(never < text.find("Machine Queue").unwrap(), "{text}");
    }
}
