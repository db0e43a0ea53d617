//! The events machines send each other, with their payloads:
//! `PSrc/QueueEvents.p`, `PSrc/DatabaseEvents.p` and the control events of
//! `PSrc/Control.p`.
//!
//! `eQueueDepthReq`/`eQueueDepthResp` and `eDependencyRecovered` are left
//! out: nobody sends them in `tcActivePassiveFailover` (depth is never asked,
//! and only a recovering component says it is back).

use crate::sim::MachineId;
use crate::types::{ControlReq, ControlResp, OpStatus, PerRegion, Record, Region};

/// `tQueueSendReq`.
#[derive(Clone, Copy, Debug)]
pub struct QueueSendReq {
    pub caller: MachineId,
    pub req_id: i64,
    pub record: Record,
}

/// `tQueueSendResp`, `tQueueRemoveResp` and `tDbWriteResp` (same shape).
#[derive(Clone, Copy, Debug)]
pub struct OpResp {
    pub req_id: i64,
    pub status: OpStatus,
}

/// `tQueueReceiveReq`.
#[derive(Clone, Copy, Debug)]
pub struct QueueReceiveReq {
    pub caller: MachineId,
    pub req_id: i64,
}

/// `tQueueReceiveResp`.
#[derive(Clone, Copy, Debug)]
pub struct QueueReceiveResp {
    pub req_id: i64,
    pub status: OpStatus,
    pub record: Record,
}

/// `tQueueRemoveReq`: removes the head only if it is still `record_id`.
#[derive(Clone, Copy, Debug)]
pub struct QueueRemoveReq {
    pub caller: MachineId,
    pub req_id: i64,
    pub record_id: i64,
}

/// `tDbWriteReq`.
#[derive(Clone, Copy, Debug)]
pub struct DbWriteReq {
    pub caller: MachineId,
    pub req_id: i64,
    pub record: Record,
}

/// `tReplicationSource`: a write a regional database accepted from a writer.
#[derive(Clone, Copy, Debug)]
pub struct Replicate {
    pub record: Record,
    pub origin: Region,
}

/// `tReplicaWriteReq`.
#[derive(Clone, Copy, Debug)]
pub struct ReplicaWriteReq {
    pub replicator: MachineId,
    pub record: Record,
}

/// `tReplicaWriteResp`.
#[derive(Clone, Copy, Debug)]
pub struct ReplicaWriteResp {
    pub record_id: i64,
    pub status: OpStatus,
}

/// Every event of the model that `tcActivePassiveFailover` sends.
#[derive(Clone, Debug)]
pub enum Event {
    ControlReq(ControlReq),
    ControlResp(ControlResp),
    QueueSendReq(QueueSendReq),
    QueueSendResp(OpResp),
    QueueReceiveReq(QueueReceiveReq),
    QueueReceiveResp(QueueReceiveResp),
    QueueRemoveReq(QueueRemoveReq),
    QueueRemoveResp(OpResp),
    /// `eRegionSwitched`: a DNS changed region; a receive parked at the old
    /// region's queue will never be answered.
    RegionSwitched {
        dns: &'static str,
    },
    DbWriteReq(DbWriteReq),
    DbWriteResp(OpResp),
    Replicate(Replicate),
    DbReplicaWriteReq(ReplicaWriteReq),
    DbReplicaWriteResp(ReplicaWriteResp),
    /// `eReplicatorConfig`: the two regional databases.
    ReplicatorConfig {
        databases: PerRegion<MachineId>,
    },
    /// `eReplicatorDrainReq`.
    ReplicatorDrainReq {
        requester: MachineId,
    },
    /// `eReplicatorDrained`.
    ReplicatorDrained,
}
