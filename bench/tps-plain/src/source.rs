//! `RecordSourceDNSFailover` (`PSrc/RecordSourceDNSFailover.p`): holds the
//! batches and publishes one per request, one record at a time (each waits
//! for the queue's answer), through the in-DNS.
//!
//! Its `WaitingForQueue` state is left out: in `tcActivePassiveFailover` no
//! queue refuses a record.

use crate::event::{Event, QueueSendReq};
use crate::sim::{Actor, Ctx, Disposition, MachineId};
use crate::types::{
    ControlAction, ControlReq, OpStatus, Record, component_key, not_in_this_test, reject_control,
    reply_control, source_id,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Init,
    Idle,
    Publishing,
}

pub struct Source {
    state: State,
    dns: MachineId,
    batches: Vec<Vec<Record>>,
    request: Option<ControlReq>,
    batch: Vec<Record>,
    position: usize,
    last_req_id: i64,
}

impl Source {
    /// `new RecordSourceDNSFailover((dns = .., batches = ..))`.
    pub fn new(dns: MachineId, batches: Vec<Vec<Record>>) -> Source {
        Source {
            state: State::Init,
            dns,
            batches,
            request: None,
            batch: Vec::new(),
            position: 0,
            last_req_id: 0,
        }
    }

    /// `Idle`'s handler of `eControlReq`.
    fn on_publish(&mut self, ctx: &mut Ctx, req: ControlReq) {
        if req.control.action != ControlAction::PublishBatch {
            reject_control(&req, &component_key(&source_id()));
        }
        let count = req.control.count;
        assert!(
            count >= 1 && count as usize <= self.batches.len(),
            "record source: there is no batch {count}"
        );
        self.request = Some(req);
        self.batch = self.batches[count as usize - 1].clone();
        self.position = 0;
        self.enter_publishing(ctx);
    }

    /// `Publishing`'s entry: the next record, or the answer to the request
    /// once the batch is out.
    fn enter_publishing(&mut self, ctx: &mut Ctx) {
        if self.position == self.batch.len() {
            let request = self.request.expect("publishing answers a request");
            reply_control(ctx, &request);
            self.state = State::Idle;
            return;
        }
        self.state = State::Publishing;
        self.last_req_id += 1;
        let req = QueueSendReq {
            caller: ctx.this(),
            req_id: self.last_req_id,
            record: self.batch[self.position],
        };
        ctx.send(self.dns, Event::QueueSendReq(req));
    }
}

impl Actor for Source {
    fn start(&mut self, _: &mut Ctx) {
        self.state = State::Idle;
    }

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            (State::Idle, Event::QueueSendResp(_)) => Disposition::Ignore,
            // One batch at a time keeps batches in order.
            (State::Publishing, Event::ControlReq(_)) => Disposition::Defer,
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (State::Idle, Event::ControlReq(req)) => self.on_publish(ctx, req),
            (State::Publishing, Event::QueueSendResp(resp)) => {
                if resp.req_id != self.last_req_id {
                    return;
                }
                if resp.status == OpStatus::Unavailable {
                    not_in_this_test("record source: goto WaitingForQueue");
                }
                self.position += 1;
                self.enter_publishing(ctx);
            }
            (state, event) => panic!(
                "RecordSourceDNSFailover in {state:?} received {event:?} that cannot be handled"
            ),
        }
    }
}
