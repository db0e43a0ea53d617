//! `DatabaseReplicator`: copies every write accepted by one regional
//! database to the other, one record at a time and in order.

use crate::event::{Event, ReplicaWriteReq, ReplicaWriteResp, Replicate};
use crate::sim::{Actor, Ctx, Disposition, MachineId};
use crate::types::{
    ControlAction, ControlReq, OpStatus, PerRegion, Record, Region, reject_control, reply_control,
};
use std::collections::VecDeque;

/// `tReplicationItem`.
#[derive(Clone, Copy, Debug)]
struct Item {
    record: Record,
    target: Region,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    AwaitingConfig,
    Replicating,
}

pub struct Replicator {
    state: State,
    database: &'static str,
    databases: PerRegion<MachineId>,
    backlog: VecDeque<Item>,
    /// A copy has been sent and not yet acknowledged.
    shipping: bool,
    /// Replication itself was failed by fault injection.
    paused: bool,
    /// The target refused the last copy (never, in this test).
    target_down: bool,
    drain_requests: Vec<MachineId>,
}

impl Replicator {
    /// `new DatabaseReplicator((database = ..,))`.
    pub fn new(database: &'static str) -> Replicator {
        Replicator {
            state: State::AwaitingConfig,
            database,
            databases: PerRegion([MachineId::NULL; 2]),
            backlog: VecDeque::new(),
            shipping: false,
            paused: false,
            target_down: false,
            drain_requests: Vec::new(),
        }
    }

    fn on_replicate(&mut self, ctx: &mut Ctx, source: Replicate) {
        self.backlog.push_back(Item {
            record: source.record,
            target: source.origin.other(),
        });
        self.ship_next(ctx);
    }

    fn on_replica_write_resp(&mut self, ctx: &mut Ctx, resp: ReplicaWriteResp) {
        self.shipping = false;
        if resp.status == OpStatus::Unavailable {
            self.target_down = true;
            return;
        }
        let in_flight = self.backlog[0].record.id;
        assert_eq!(
            resp.record_id, in_flight,
            "replicator of {}: copy of record {} acknowledged while record {} was in flight",
            self.database, resp.record_id, in_flight
        );
        self.backlog.pop_front();
        self.ship_next(ctx);
        self.answer_drain_requests(ctx);
    }

    fn on_control(&mut self, ctx: &mut Ctx, req: ControlReq) {
        match req.control.action {
            ControlAction::FailReplication => {
                self.paused = true;
                reply_control(ctx, &req);
            }
            ControlAction::RecoverReplication => {
                self.paused = false;
                reply_control(ctx, &req);
                self.ship_next(ctx);
            }
            _ => reject_control(&req, &format!("replicator of database {}", self.database)),
        }
    }

    /// `ShipNext()`.
    fn ship_next(&mut self, ctx: &mut Ctx) {
        if self.paused || self.shipping || self.target_down {
            return;
        }
        let Some(item) = self.backlog.front() else {
            return;
        };
        self.shipping = true;
        let req = ReplicaWriteReq {
            replicator: ctx.this(),
            record: item.record,
        };
        ctx.send(self.databases[item.target], Event::DbReplicaWriteReq(req));
    }

    /// `AnswerDrainRequests()`.
    fn answer_drain_requests(&mut self, ctx: &mut Ctx) {
        if !self.backlog.is_empty() || self.shipping {
            return;
        }
        for requester in self.drain_requests.drain(..) {
            ctx.send(requester, Event::ReplicatorDrained);
        }
    }
}

impl Actor for Replicator {
    fn start(&mut self, _: &mut Ctx) {}

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            (
                State::AwaitingConfig,
                Event::Replicate(_) | Event::ControlReq(_) | Event::ReplicatorDrainReq { .. },
            ) => Disposition::Defer,
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (State::AwaitingConfig, Event::ReplicatorConfig { databases }) => {
                self.databases = databases;
                self.state = State::Replicating;
            }
            (State::Replicating, Event::Replicate(source)) => self.on_replicate(ctx, source),
            (State::Replicating, Event::DbReplicaWriteResp(resp)) => {
                self.on_replica_write_resp(ctx, resp)
            }
            (State::Replicating, Event::ReplicatorDrainReq { requester }) => {
                self.drain_requests.push(requester);
                self.answer_drain_requests(ctx);
            }
            (State::Replicating, Event::ControlReq(req)) => self.on_control(ctx, req),
            (state, event) => {
                panic!("DatabaseReplicator in {state:?} received {event:?} that cannot be handled")
            }
        }
    }
}
