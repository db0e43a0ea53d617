//! `AuroraGlobalDatabase`: sends each write to the active region's
//! database; a switch waits until replication has caught up.

use super::{RegionalDatabase, Replicator};
use crate::event::Event;
use crate::sim::{Actor, Ctx, Disposition, Machine, MachineId};
use crate::types::{
    ControlAction, ControlReq, PerRegion, Region, component_key, database_id, reject_control,
    reply_control,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Init,
    Serving,
    Switching,
}

pub struct GlobalDatabase {
    state: State,
    name: &'static str,
    regional: PerRegion<MachineId>,
    replicator: MachineId,
    active: Region,
    pending_switch: Option<ControlReq>,
}

impl GlobalDatabase {
    /// `new AuroraGlobalDatabase((name = ..,))`.
    pub fn new(name: &'static str) -> GlobalDatabase {
        GlobalDatabase {
            state: State::Init,
            name,
            regional: PerRegion([MachineId::NULL; 2]),
            replicator: MachineId::NULL,
            active: Region::One,
            pending_switch: None,
        }
    }

    /// The region writes go to.
    pub fn active(&self) -> Region {
        self.active
    }

    /// `Switching`'s entry.
    fn enter_switching(&mut self, ctx: &mut Ctx) {
        self.state = State::Switching;
        let requester = ctx.this();
        ctx.send(self.replicator, Event::ReplicatorDrainReq { requester });
    }

    fn on_control(&mut self, ctx: &mut Ctx, req: ControlReq) {
        match req.control.action {
            ControlAction::Fail | ControlAction::Recover => {
                let target = self.regional[req.control.target.region];
                ctx.send(target, Event::ControlReq(req));
            }
            ControlAction::FailReplication | ControlAction::RecoverReplication => {
                ctx.send(self.replicator, Event::ControlReq(req));
            }
            ControlAction::SwitchRegion => {
                self.pending_switch = Some(req);
                self.enter_switching(ctx);
            }
            _ => reject_control(&req, &component_key(&database_id(self.name, self.active))),
        }
    }
}

impl Actor for GlobalDatabase {
    fn start(&mut self, ctx: &mut Ctx) {
        self.active = Region::One;
        self.replicator = ctx.create(Machine::Replicator(Replicator::new(self.name)));
        for region in Region::ALL {
            let database = RegionalDatabase::new(self.name, region, self.replicator);
            self.regional[region] = ctx.create(Machine::RegionalDatabase(database));
        }
        let databases = self.regional;
        ctx.send(self.replicator, Event::ReplicatorConfig { databases });
        self.state = State::Serving;
    }

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            (State::Serving, Event::ReplicatorDrained) => Disposition::Ignore,
            // Writes and control requests wait for the new primary.
            (State::Switching, Event::DbWriteReq(_) | Event::ControlReq(_)) => Disposition::Defer,
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (State::Serving, Event::DbWriteReq(req)) => {
                ctx.send(self.regional[self.active], Event::DbWriteReq(req));
            }
            (State::Serving, Event::ControlReq(req)) => self.on_control(ctx, req),
            (State::Switching, Event::ReplicatorDrained) => {
                self.active = self.active.other();
                let req = self
                    .pending_switch
                    .take()
                    .expect("a switch is pending while switching");
                reply_control(ctx, &req);
                self.state = State::Serving;
            }
            (state, event) => panic!(
                "AuroraGlobalDatabase in {state:?} received {event:?} that cannot be handled"
            ),
        }
    }
}
