//! The trace of a schedule in P's terms, as readable text and as JSON.
//!
//! Schedules run without a trace; when one finds a bug, the checker replays
//! its recorded decisions with tracing on (see `checker`), so recording
//! costs nothing on the hot path.
//!
//! The JSON form is a stable schema: `{"test": ..., "seed": ..., "steps": ...,
//! "bug": {...} | null, "entries": [{"step": N, "type": "send", ...}, ...]}`;
//! each entry's fields are those of its [`TraceEvent`] variant, with
//! `type` the variant name in snake case. Machines are named `Name(id)`.

use crate::bug::Bug;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// One thing that happened, in P's terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TraceEvent {
    /// A machine was created.
    Create {
        /// The new machine.
        machine: String,
        /// Its creator (`None` for the test's main machine).
        creator: Option<String>,
    },
    /// A machine entered a state.
    Enter {
        /// The machine.
        machine: String,
        /// The state.
        state: String,
    },
    /// A machine left a state.
    Exit {
        /// The machine.
        machine: String,
        /// The state.
        state: String,
    },
    /// A send (after the monitors observed it, at its scheduling point).
    Send {
        /// The sender.
        sender: String,
        /// The sender's state.
        state: String,
        /// The target.
        target: String,
        /// The event.
        event: String,
        /// The payload as P prints it.
        payload: Option<String>,
    },
    /// A send to a halted machine, dropped.
    Dropped {
        /// The target.
        target: String,
        /// The event.
        event: String,
    },
    /// A machine took an event from its inbox.
    Dequeue {
        /// The machine.
        machine: String,
        /// Its state.
        state: String,
        /// The event.
        event: String,
        /// The payload as P prints it.
        payload: Option<String>,
    },
    /// A `receive` statement got its event.
    Receive {
        /// The machine.
        machine: String,
        /// Its state.
        state: String,
        /// The event.
        event: String,
        /// The payload as P prints it.
        payload: Option<String>,
    },
    /// A machine blocked in `receive`.
    WaitReceive {
        /// The machine.
        machine: String,
        /// The events it waits for.
        events: Vec<String>,
    },
    /// A `raise`.
    Raise {
        /// The machine or monitor.
        machine: String,
        /// Its state.
        state: String,
        /// The event.
        event: String,
    },
    /// An `announce`.
    Announce {
        /// The machine.
        machine: String,
        /// The event.
        event: String,
        /// The payload as P prints it.
        payload: Option<String>,
    },
    /// A spec monitor processed an event.
    MonitorProcess {
        /// The monitor.
        monitor: String,
        /// Its state.
        state: String,
        /// The event.
        event: String,
    },
    /// A spec monitor entered a state.
    MonitorEnter {
        /// The monitor.
        monitor: String,
        /// The state.
        state: String,
        /// Whether the state is hot.
        hot: bool,
    },
    /// A `print`.
    Print {
        /// The machine or monitor.
        machine: String,
        /// The text.
        text: String,
    },
    /// A nondeterministic choice (`$`, `$$`, `choose`).
    Choice {
        /// The machine.
        machine: String,
        /// The value chosen.
        value: String,
    },
    /// A machine halted.
    Halt {
        /// The machine.
        machine: String,
        /// How many events were dropped from its inbox.
        dropped: usize,
    },
    /// The bug that ended the schedule.
    Error {
        /// The bug.
        bug: Bug,
    },
}

/// A trace event with the step it happened at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceEntry {
    /// The scheduling step (decisions and choices counted so far).
    pub step: u64,
    /// What happened.
    #[serde(flatten)]
    pub event: TraceEvent,
}

/// The trace of one schedule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    /// The test case.
    pub test: String,
    /// The scheduler (`random`, `pct:3`, ...).
    pub scheduler: String,
    /// The seed of this schedule.
    pub seed: u64,
    /// Steps taken.
    pub steps: u64,
    /// The bug found, if any.
    pub bug: Option<Bug>,
    /// What happened, in order.
    pub entries: Vec<TraceEntry>,
}

impl Trace {
    /// The trace as JSON (the documented schema above).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a trace always serializes")
    }

    /// The trace as readable text, one line per entry, P-checker style.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<TestLog> Running test '{}' with scheduler '{}' and seed {}.",
            self.test, self.scheduler, self.seed
        );
        for e in &self.entries {
            let _ = write!(out, "[{:>5}] ", e.step);
            line(&mut out, &e.event);
            out.push('\n');
        }
        out
    }
}

fn with_payload(payload: &Option<String>) -> String {
    match payload {
        Some(p) => format!(" with payload ({p})"),
        None => String::new(),
    }
}

fn line(out: &mut String, e: &TraceEvent) {
    let _ = match e {
        TraceEvent::Create { machine, creator } => match creator {
            Some(c) => write!(out, "<CreateLog> {machine} was created by {c}."),
            None => write!(out, "<CreateLog> {machine} was created by the test."),
        },
        TraceEvent::Enter { machine, state } => {
            write!(out, "<StateLog> {machine} enters state '{state}'.")
        }
        TraceEvent::Exit { machine, state } => {
            write!(out, "<StateLog> {machine} exits state '{state}'.")
        }
        TraceEvent::Send {
            sender,
            state,
            target,
            event,
            payload,
        } => write!(
            out,
            "<SendLog> '{sender}' in state '{state}' sent event '{event}{}' to '{target}'.",
            with_payload(payload)
        ),
        TraceEvent::Dropped { target, event } => write!(
            out,
            "<SendLog> event '{event}' to '{target}' was dropped: {target} has halted."
        ),
        TraceEvent::Dequeue {
            machine,
            state,
            event,
            payload,
        } => write!(
            out,
            "<DequeueLog> '{machine}' dequeued event '{event}{}' in state '{state}'.",
            with_payload(payload)
        ),
        TraceEvent::Receive {
            machine,
            state,
            event,
            payload,
        } => write!(
            out,
            "<ReceiveLog> '{machine}' received event '{event}{}' in state '{state}'.",
            with_payload(payload)
        ),
        TraceEvent::WaitReceive { machine, events } => write!(
            out,
            "<ReceiveLog> '{machine}' is waiting to receive one of: {}.",
            events.join(", ")
        ),
        TraceEvent::Raise {
            machine,
            state,
            event,
        } => write!(
            out,
            "<RaiseLog> '{machine}' raised event '{event}' in state '{state}'."
        ),
        TraceEvent::Announce {
            machine,
            event,
            payload,
        } => write!(
            out,
            "<AnnounceLog> '{machine}' announced event '{event}{}'.",
            with_payload(payload)
        ),
        TraceEvent::MonitorProcess {
            monitor,
            state,
            event,
        } => write!(
            out,
            "<MonitorLog> {monitor} is processing event '{event}' in state '{state}'."
        ),
        TraceEvent::MonitorEnter {
            monitor,
            state,
            hot,
        } => write!(
            out,
            "<MonitorLog> {monitor} enters {}state '{state}'.",
            if *hot { "hot " } else { "" }
        ),
        TraceEvent::Print { machine, text } => write!(out, "<PrintLog> {machine}: {text}"),
        TraceEvent::Choice { machine, value } => {
            write!(out, "<RandomLog> {machine} chose {value}.")
        }
        TraceEvent::Halt { machine, dropped } => write!(
            out,
            "<HaltLog> {machine} halted with {dropped} events in its inbox."
        ),
        TraceEvent::Error { bug } => write!(out, "<ErrorLog> {bug}"),
    };
}
