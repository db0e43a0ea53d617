//! `Queue` (`PSrc/Queue.p`): a FIFO queue of records in one region, with
//! deduplication by record id, parked receives and milestone waiters.
//!
//! Only its `Available` state: `tcActivePassiveFailover` fails and kills no
//! queue, and never asks for its depth.

use crate::event::{
    Event, OpResp, QueueReceiveReq, QueueReceiveResp, QueueRemoveReq, QueueSendReq,
};
use crate::observe::Observation;
use crate::sim::{Actor, Ctx, MachineId};
use crate::types::{
    Control, ControlAction, ControlReq, OpStatus, Record, Region, component_key, not_in_this_test,
    queue_id, reject_control, reply_control,
};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

pub struct Queue {
    name: &'static str,
    region: Region,
    records: VecDeque<Record>,
    /// Record ids ever accepted: a retried send is not appended twice.
    accepted_ids: BTreeSet<i64>,
    /// At most one parked receive per reader (its request id).
    parked_readers: BTreeMap<MachineId, i64>,
    arrivals: i64,
    removals: i64,
    milestone_waiters: Vec<ControlReq>,
}

impl Queue {
    /// `new Queue((name = .., region = ..))`.
    pub fn new(name: &'static str, region: Region) -> Queue {
        Queue {
            name,
            region,
            records: VecDeque::new(),
            accepted_ids: BTreeSet::new(),
            parked_readers: BTreeMap::new(),
            arrivals: 0,
            removals: 0,
            milestone_waiters: Vec::new(),
        }
    }

    pub fn region(&self) -> Region {
        self.region
    }

    /// Records ever appended.
    pub fn arrivals(&self) -> i64 {
        self.arrivals
    }

    /// Records still in the queue.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn on_send(&mut self, ctx: &mut Ctx, req: QueueSendReq) {
        if !self.accepted_ids.insert(req.record.id) {
            let resp = OpResp {
                req_id: req.req_id,
                status: OpStatus::Duplicate,
            };
            ctx.send(req.caller, Event::QueueSendResp(resp));
            return;
        }
        self.records.push_back(req.record);
        self.arrivals += 1;
        let (queue, region, record) = (self.name, self.region, req.record);
        ctx.announce(|| Observation::QueueSent {
            queue,
            region,
            record,
        });
        let resp = OpResp {
            req_id: req.req_id,
            status: OpStatus::Success,
        };
        ctx.send(req.caller, Event::QueueSendResp(resp));
        self.answer_parked_readers(ctx);
        self.answer_milestone_waiters(ctx);
    }

    fn on_receive(&mut self, ctx: &mut Ctx, req: QueueReceiveReq) {
        self.parked_readers.insert(req.caller, req.req_id);
        self.answer_parked_readers(ctx);
    }

    fn on_remove(&mut self, ctx: &mut Ctx, req: QueueRemoveReq) {
        if self.records.front().is_some_and(|r| r.id == req.record_id) {
            let (queue, region, record) = (self.name, self.region, self.records[0]);
            ctx.announce(|| Observation::QueueRemoved {
                queue,
                region,
                record,
            });
            self.records.pop_front();
            self.removals += 1;
        }
        // Otherwise an earlier attempt removed it: still a success.
        let resp = OpResp {
            req_id: req.req_id,
            status: OpStatus::Success,
        };
        ctx.send(req.caller, Event::QueueRemoveResp(resp));
        self.answer_milestone_waiters(ctx);
    }

    fn on_control(&mut self, ctx: &mut Ctx, req: ControlReq) {
        match req.control.action {
            ControlAction::Fail => not_in_this_test("queue FAIL"),
            ControlAction::Recover => reply_control(ctx, &req),
            // HandleCommonControl(req)
            ControlAction::Kill => not_in_this_test("queue KILL"),
            ControlAction::AwaitArrivals | ControlAction::AwaitRemovals => {
                self.milestone_waiters.push(req);
                self.answer_milestone_waiters(ctx);
            }
            _ => reject_control(&req, &component_key(&queue_id(self.name, self.region))),
        }
    }

    /// `AnswerParkedReaders()`: hands the head record (not removed) to every
    /// parked reader.
    fn answer_parked_readers(&mut self, ctx: &mut Ctx) {
        let Some(&head) = self.records.front() else {
            return;
        };
        for (reader, req_id) in std::mem::take(&mut self.parked_readers) {
            let (queue, region) = (self.name, self.region);
            ctx.announce(|| Observation::QueueRead {
                queue,
                region,
                record: head,
            });
            let resp = QueueReceiveResp {
                req_id,
                status: OpStatus::Success,
                record: head,
            };
            ctx.send(reader, Event::QueueReceiveResp(resp));
        }
    }

    /// `AnswerMilestoneWaiters()`.
    fn answer_milestone_waiters(&mut self, ctx: &mut Ctx) {
        let mut still_waiting = Vec::new();
        for waiter in std::mem::take(&mut self.milestone_waiters) {
            if self.milestone_reached(&waiter.control) {
                reply_control(ctx, &waiter);
            } else {
                still_waiting.push(waiter);
            }
        }
        self.milestone_waiters = still_waiting;
    }

    /// `MilestoneReached(control)`.
    fn milestone_reached(&self, control: &Control) -> bool {
        if control.action == ControlAction::AwaitArrivals {
            return self.arrivals >= control.count;
        }
        self.removals >= control.count
    }
}

impl Actor for Queue {
    fn start(&mut self, _: &mut Ctx) {}

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match event {
            Event::QueueSendReq(req) => self.on_send(ctx, req),
            Event::QueueReceiveReq(req) => self.on_receive(ctx, req),
            Event::QueueRemoveReq(req) => self.on_remove(ctx, req),
            Event::ControlReq(req) => self.on_control(ctx, req),
            event => panic!("Queue received {event:?} that cannot be handled"),
        }
    }
}
