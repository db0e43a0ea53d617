//! `RegionalDatabase`: the copy of a global database in one region; takes
//! writes from containers and copies from the replicator.
//!
//! Only its `Available` state: `tcActivePassiveFailover` fails no database.

use crate::event::{DbWriteReq, Event, OpResp, ReplicaWriteReq, ReplicaWriteResp, Replicate};
use crate::observe::Observation;
use crate::sim::{Actor, Ctx, MachineId};
use crate::types::{
    ControlAction, OpStatus, Record, Region, not_in_this_test, reject_control, reply_control,
};
use std::collections::BTreeSet;

pub struct RegionalDatabase {
    database: &'static str,
    region: Region,
    replicator: MachineId,
    stored_ids: BTreeSet<i64>,
}

impl RegionalDatabase {
    /// `new RegionalDatabase((database = .., region = .., replicator = ..))`.
    pub fn new(database: &'static str, region: Region, replicator: MachineId) -> RegionalDatabase {
        RegionalDatabase {
            database,
            region,
            replicator,
            stored_ids: BTreeSet::new(),
        }
    }

    pub fn region(&self) -> Region {
        self.region
    }

    /// Rows stored.
    pub fn rows(&self) -> usize {
        self.stored_ids.len()
    }

    fn on_write(&mut self, ctx: &mut Ctx, req: DbWriteReq) {
        // A writer retrying after a failure: the row is already there.
        if self.stored_ids.contains(&req.record.id) {
            let resp = OpResp {
                req_id: req.req_id,
                status: OpStatus::Duplicate,
            };
            ctx.send(req.caller, Event::DbWriteResp(resp));
            return;
        }
        self.insert(ctx, req.record, false);
        // Replication is asynchronous: the writer does not wait for it.
        let source = Replicate {
            record: req.record,
            origin: self.region,
        };
        ctx.send(self.replicator, Event::Replicate(source));
        let resp = OpResp {
            req_id: req.req_id,
            status: OpStatus::Success,
        };
        ctx.send(req.caller, Event::DbWriteResp(resp));
    }

    fn on_replica_write(&mut self, ctx: &mut Ctx, req: ReplicaWriteReq) {
        if !self.stored_ids.contains(&req.record.id) {
            self.insert(ctx, req.record, true);
        }
        let resp = ReplicaWriteResp {
            record_id: req.record.id,
            status: OpStatus::Success,
        };
        ctx.send(req.replicator, Event::DbReplicaWriteResp(resp));
    }

    /// `Insert(record, replicated)`.
    fn insert(&mut self, ctx: &mut Ctx, record: Record, replicated: bool) {
        self.stored_ids.insert(record.id);
        let (database, region) = (self.database, self.region);
        ctx.announce(|| Observation::DatabaseInserted {
            database,
            region,
            record,
            replicated,
        });
    }

    /// `Label()`.
    fn label(&self) -> String {
        format!("database {} in {}", self.database, self.region.name())
    }
}

impl Actor for RegionalDatabase {
    fn start(&mut self, _: &mut Ctx) {}

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match event {
            Event::DbWriteReq(req) => self.on_write(ctx, req),
            Event::DbReplicaWriteReq(req) => self.on_replica_write(ctx, req),
            Event::ControlReq(req) => match req.control.action {
                ControlAction::Fail => not_in_this_test("regional database FAIL"),
                ControlAction::Recover => reply_control(ctx, &req),
                _ => reject_control(&req, &self.label()),
            },
            event => panic!("RegionalDatabase received {event:?} that cannot be handled"),
        }
    }
}
