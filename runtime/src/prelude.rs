//! What generated code imports: `use p_runtime::prelude::*;`.

pub use crate::bug::{BugKind, RtError};
pub use crate::ctl::{Ctl, Goto, Payload, goto, payload, raise, take};
pub use crate::ctx::Ctx;
pub use crate::env::Env;
pub use crate::event::{Event as _, EventId};
pub use crate::executor::{MachineType, TestCase};
pub use crate::loc::Loc;
pub use crate::machine::{Machine, StateId, StateInfo, Temperature};
pub use crate::monitor::{Monitor, MonitorCtx, MonitorObj, instance};
pub use crate::params::ParamValue;
pub use crate::values::{
    EventValue, MachineRef, Map, PFloat, PString, PValue, Seq, Set, Show, Value, format_pieces, ops,
};
