//! The runtime that Rust generated from P links against: a deterministic
//! systematic-testing engine for P machines and spec monitors.
//!
//! - [`Machine`] and [`Monitor`]: what generated machines and monitors implement;
//! - [`Ctx`]: what machine code can ask of the runtime (`send`, `new`,
//!   `receive`, choices, `print`, errors);
//! - [`run_schedule`]: one schedule under a [`Strategy`]; [`checker`]: many.
//! - [`cli`]: the command line of a compiled P project, like `p check`.
//!
//! Machines are async: a handler suspends only at P's scheduling points,
//! and a single-threaded executor polls one machine at a time, so one
//! schedule is a pure function of (test, strategy, seed).
#![deny(missing_docs)]

mod bug;
pub mod checker;
pub mod cli;
mod coverage;
mod ctl;
mod ctx;
mod env;
mod event;
mod executor;
mod loc;
mod machine;
mod monitor;
mod params;
pub mod prelude;
pub mod strategy;
pub mod trace;
pub mod values;
mod world;

pub use bug::{Bug, BugKind, RtError};
pub use cli::Program;
pub use coverage::{Coverage, TypeCoverage};
pub use ctl::{Ctl, Goto, Payload, Res, goto, payload, raise, take};
pub use ctx::{Ctx, SendOp};
pub use env::Env;
pub use event::{Event, EventId};
pub use executor::{MachineType, ScheduleResult, TestCase, run_schedule};
pub use loc::Loc;
pub use machine::{Machine, StateId, StateInfo, Temperature};
pub use monitor::{Monitor, MonitorCtx, MonitorObj, instance};
pub use params::ParamValue;
pub use strategy::{Decision, Strategy, StrategyKind};
pub use values::{MachineRef, PValue};
pub use world::{Recorder, RunConfig, Stopped};
