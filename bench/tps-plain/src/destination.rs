//! `RecordDestinationDNSFailover` (`PSrc/RecordDestinationDNSFailover.p`):
//! reads records through the out-DNS (receive, then remove) and counts a
//! record once its removal is confirmed.
//!
//! Its `WaitingToReceive` and `WaitingToRemove` states are left out: in
//! `tcActivePassiveFailover` no queue refuses a request.

use crate::event::{Event, QueueReceiveReq, QueueRemoveReq};
use crate::observe::Observation;
use crate::sim::{Actor, Ctx, Disposition, MachineId};
use crate::types::{
    ControlAction, ControlReq, OpStatus, Record, component_key, destination_id, not_in_this_test,
    reject_control, reply_control,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Init,
    ReceivingRecord,
    RemovingRecord,
}

pub struct Destination {
    state: State,
    dns: MachineId,
    last_req_id: i64,
    current: Record,
    delivered: i64,
    last_delivered_id: i64,
    delivery_waiters: Vec<ControlReq>,
}

impl Destination {
    /// `new RecordDestinationDNSFailover((dns = ..,))`.
    pub fn new(dns: MachineId) -> Destination {
        Destination {
            state: State::Init,
            dns,
            last_req_id: 0,
            current: Record::default(),
            delivered: 0,
            last_delivered_id: 0,
            delivery_waiters: Vec::new(),
        }
    }

    /// Records counted as delivered.
    pub fn delivered(&self) -> i64 {
        self.delivered
    }

    /// The id of the last record delivered.
    pub fn last_delivered_id(&self) -> i64 {
        self.last_delivered_id
    }

    /// `ReceivingRecord`'s entry.
    fn enter_receiving(&mut self, ctx: &mut Ctx) {
        self.state = State::ReceivingRecord;
        self.last_req_id += 1;
        let req = QueueReceiveReq {
            caller: ctx.this(),
            req_id: self.last_req_id,
        };
        ctx.send(self.dns, Event::QueueReceiveReq(req));
    }

    /// `RemovingRecord`'s entry.
    fn enter_removing(&mut self, ctx: &mut Ctx) {
        self.state = State::RemovingRecord;
        self.last_req_id += 1;
        let req = QueueRemoveReq {
            caller: ctx.this(),
            req_id: self.last_req_id,
            record_id: self.current.id,
        };
        ctx.send(self.dns, Event::QueueRemoveReq(req));
    }

    /// `Deliver(record)`: a repeated record is counted once.
    fn deliver(&mut self, ctx: &mut Ctx, record: Record) {
        if record.id == self.last_delivered_id {
            return;
        }
        self.delivered += 1;
        self.last_delivered_id = record.id;
        ctx.announce(|| Observation::Delivered(record));
        self.answer_delivery_waiters(ctx);
    }

    /// `OnControl(req)`.
    fn on_control(&mut self, ctx: &mut Ctx, req: ControlReq) {
        if req.control.action != ControlAction::AwaitDelivered {
            reject_control(&req, &component_key(&destination_id()));
        }
        self.delivery_waiters.push(req);
        self.answer_delivery_waiters(ctx);
    }

    /// `AnswerDeliveryWaiters()`.
    fn answer_delivery_waiters(&mut self, ctx: &mut Ctx) {
        let mut still_waiting = Vec::new();
        for waiter in std::mem::take(&mut self.delivery_waiters) {
            if self.delivered >= waiter.control.count {
                reply_control(ctx, &waiter);
            } else {
                still_waiting.push(waiter);
            }
        }
        self.delivery_waiters = still_waiting;
    }
}

impl Actor for Destination {
    fn start(&mut self, ctx: &mut Ctx) {
        self.enter_receiving(ctx);
    }

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            (State::ReceivingRecord, Event::QueueRemoveResp(_)) => Disposition::Ignore,
            // The next receive goes through the DNS after this removal anyway.
            (State::RemovingRecord, Event::QueueReceiveResp(_) | Event::RegionSwitched { .. }) => {
                Disposition::Ignore
            }
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (State::ReceivingRecord, Event::QueueReceiveResp(resp)) => {
                if resp.req_id != self.last_req_id {
                    return;
                }
                if resp.status == OpStatus::Unavailable {
                    not_in_this_test("record destination: goto WaitingToReceive");
                }
                self.current = resp.record;
                self.enter_removing(ctx);
            }
            // The receive parked at the old region's queue will never be
            // answered: ask again.
            (State::ReceivingRecord, Event::RegionSwitched { .. }) => self.enter_receiving(ctx),
            (State::RemovingRecord, Event::QueueRemoveResp(resp)) => {
                if resp.req_id != self.last_req_id {
                    return;
                }
                if resp.status == OpStatus::Unavailable {
                    not_in_this_test("record destination: goto WaitingToRemove");
                }
                let record = self.current;
                self.deliver(ctx, record);
                self.enter_receiving(ctx);
            }
            (_, Event::ControlReq(req)) => self.on_control(ctx, req),
            (state, event) => panic!(
                "RecordDestinationDNSFailover in {state:?} received {event:?} that cannot be handled"
            ),
        }
    }
}
