//! The model's data types, names and control plane: `PSrc/Common.p`,
//! `PSrc/Control.p` and `PSrc/Topology.p`.

use crate::event::Event;
use crate::sim::{Ctx, MachineId};
use std::ops::{Index, IndexMut};

/// `tRecord`: `recordId` is also the record's position in publication order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub id: i64,
    pub value: i64,
}

/// `tRegion`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    One,
    Two,
}

impl Region {
    /// `Regions()`, in P's order.
    pub const ALL: [Region; 2] = [Region::One, Region::Two];

    /// `OtherRegion(region)`.
    pub fn other(self) -> Region {
        match self {
            Region::One => Region::Two,
            Region::Two => Region::One,
        }
    }

    /// `RegionName(region)`.
    pub fn name(self) -> &'static str {
        match self {
            Region::One => "region-1",
            Region::Two => "region-2",
        }
    }
}

/// A `map[tRegion, T]` that always holds both regions (P's maps of the two
/// regional components).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerRegion<T>(pub [T; 2]);

impl<T> Index<Region> for PerRegion<T> {
    type Output = T;
    fn index(&self, region: Region) -> &T {
        &self.0[region as usize]
    }
}

impl<T> IndexMut<Region> for PerRegion<T> {
    fn index_mut(&mut self, region: Region) -> &mut T {
        &mut self.0[region as usize]
    }
}

/// `tOpStatus`: `Duplicate` is a success (the operation was already applied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpStatus {
    Success,
    Duplicate,
    Unavailable,
}

/// `tComponentKind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComponentKind {
    Source,
    Destination,
    Dns,
    Queue,
    Container,
    Database,
}

/// `tComponentId`. Every name in the model is a literal, hence `&'static str`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComponentId {
    pub kind: ComponentKind,
    pub name: &'static str,
    pub region: Region,
}

/// `tControlAction`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ControlAction {
    Fail,
    Recover,
    Kill,
    SwitchRegion,
    FailReplication,
    RecoverReplication,
    PublishBatch,
    AwaitDelivered,
    AwaitArrivals,
    AwaitRemovals,
}

/// `tControl`: `count` is the batch number for `PublishBatch`, a number of
/// records for the `Await*` actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Control {
    pub action: ControlAction,
    pub target: ComponentId,
    pub count: i64,
}

/// `tControlReq`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlReq {
    pub caller: MachineId,
    pub tag: i64,
    pub control: Control,
}

/// `tControlResp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlResp {
    pub tag: i64,
    pub target: ComponentId,
}

/// `QueueNames()`: stage i reads queue i and publishes to queue i + 1.
pub const QUEUE_NAMES: [&str; 6] = [
    "inbound",
    "inbound-preprocess",
    "preprocess-core",
    "core-postprocess",
    "postprocess-outbound",
    "outbound",
];

/// `StageNames()`: one container and one global database per stage.
pub const STAGE_NAMES: [&str; 5] = ["inbound", "preprocess", "core", "postprocess", "outbound"];

/// `InDnsName()`.
pub const IN_DNS: &str = "in-dns";
/// `OutDnsName()`.
pub const OUT_DNS: &str = "out-dns";
/// `BatchSize()`.
pub const BATCH_SIZE: i64 = 10;

/// `SourceId()`.
pub fn source_id() -> ComponentId {
    ComponentId {
        kind: ComponentKind::Source,
        name: "record-source",
        region: Region::One,
    }
}

/// `DestinationId()`.
pub fn destination_id() -> ComponentId {
    ComponentId {
        kind: ComponentKind::Destination,
        name: "record-destination",
        region: Region::One,
    }
}

/// `DnsId(name)`.
pub fn dns_id(name: &'static str) -> ComponentId {
    ComponentId {
        kind: ComponentKind::Dns,
        name,
        region: Region::One,
    }
}

/// `QueueId(name, region)`.
pub fn queue_id(name: &'static str, region: Region) -> ComponentId {
    ComponentId {
        kind: ComponentKind::Queue,
        name,
        region,
    }
}

/// `ContainerId(name, region)`.
pub fn container_id(name: &'static str, region: Region) -> ComponentId {
    ComponentId {
        kind: ComponentKind::Container,
        name,
        region,
    }
}

/// `DatabaseId(name, region)`.
pub fn database_id(name: &'static str, region: Region) -> ComponentId {
    ComponentId {
        kind: ComponentKind::Database,
        name,
        region,
    }
}

/// `ComponentKey(id)`: the system's directory key. Components spanning both
/// regions are keyed without their region.
pub fn component_key(id: &ComponentId) -> String {
    match id.kind {
        ComponentKind::Queue => format!("queue {} in {}", id.name, id.region.name()),
        ComponentKind::Container => format!("container {} in {}", id.name, id.region.name()),
        ComponentKind::Database => format!("database {}", id.name),
        ComponentKind::Dns => format!("dns {}", id.name),
        ComponentKind::Source => "record source".to_owned(),
        ComponentKind::Destination => "record destination".to_owned(),
    }
}

/// `ReplyControl(req)`.
pub fn reply_control(ctx: &mut Ctx, req: &ControlReq) {
    ctx.send(
        req.caller,
        Event::ControlResp(ControlResp {
            tag: req.tag,
            target: req.control.target,
        }),
    );
}

/// `RejectControl(req, component)`: an assertion failure in P.
pub fn reject_control(req: &ControlReq, component: &str) -> ! {
    panic!(
        "{component} cannot perform control action {:?}",
        req.control.action
    )
}

/// What a machine does on a request that only fault injection makes (a
/// failure, or an answer saying a dependency is unavailable): the test this
/// crate runs injects none, so the model's failure states are left out.
pub fn not_in_this_test(what: &str) -> ! {
    panic!("{what}: fault injection is not part of tcActivePassiveFailover")
}
