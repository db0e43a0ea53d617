//! Hand-written machines for the runtime's tests: the shape generated code
//! takes, written out by hand.

#![allow(dead_code)]

use p_runtime::strategy::Random;
use p_runtime::trace::{TraceEntry, TraceEvent};
use p_runtime::{
    Ctl, Event, EventId, MachineRef, RunConfig, ScheduleResult, Strategy, TestCase, run_schedule,
};

/// The events of the test programs.
#[derive(Clone, Debug, PartialEq)]
pub enum Ev {
    Halt,
    Null,
    Ping(MachineRef),
    Pong,
    E1,
    E2,
    E3,
    Data(i64),
    Done,
}

pub const PING: EventId = EventId(2);
pub const PONG: EventId = EventId(3);
pub const E1: EventId = EventId(4);
pub const E2: EventId = EventId(5);
pub const E3: EventId = EventId(6);
pub const DATA: EventId = EventId(7);
pub const DONE: EventId = EventId(8);

impl Event for Ev {
    const HALT: Self = Ev::Halt;
    const NULL: Self = Ev::Null;

    fn id(&self) -> EventId {
        match self {
            Ev::Halt => EventId::HALT,
            Ev::Null => EventId::NULL,
            Ev::Ping(_) => PING,
            Ev::Pong => PONG,
            Ev::E1 => E1,
            Ev::E2 => E2,
            Ev::E3 => E3,
            Ev::Data(_) => DATA,
            Ev::Done => DONE,
        }
    }

    fn name_of(id: EventId) -> &'static str {
        [
            "null", "halt", "Ping", "Pong", "E1", "E2", "E3", "Data", "Done",
        ][id.0 as usize]
    }

    fn payload_text(&self) -> Option<String> {
        match self {
            Ev::Ping(m) => Some(m.to_string()),
            Ev::Data(i) => Some(i.to_string()),
            _ => None,
        }
    }
}

pub type R<T = ()> = Result<T, Ctl<Ev>>;

/// Runs one schedule with a random strategy and the trace on.
pub fn run_traced(test: &TestCase<Ev>, seed: u64) -> ScheduleResult {
    let mut s: Box<dyn Strategy + Send> = Box::new(Random::new());
    s.start(seed);
    let cfg = RunConfig {
        trace: true,
        max_steps: 1_000,
        ..RunConfig::default()
    };
    run_schedule(test, s, &cfg).0
}

/// The trace lines of one kind, as short strings, e.g. `dequeue Main(1) E3`.
pub fn lines(result: &ScheduleResult, f: impl Fn(&TraceEvent) -> Option<String>) -> Vec<String> {
    result
        .trace
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|TraceEntry { event, .. }| f(event))
        .collect()
}

/// Every `print` line, in order.
pub fn prints(result: &ScheduleResult) -> Vec<String> {
    lines(result, |e| match e {
        TraceEvent::Print { text, .. } => Some(text.clone()),
        _ => None,
    })
}
