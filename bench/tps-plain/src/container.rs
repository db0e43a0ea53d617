//! `QAQContainer` (`PSrc/QAQContainer.p`): read the head of the input
//! queue, write it to the stage's database, publish it to the output queue,
//! then remove it from the input queue; and again.
//!
//! Its `FailedDependency` and `FailedProcessing` states are left out: in
//! `tcActivePassiveFailover` no component refuses a request and no container
//! is failed.

use crate::event::{DbWriteReq, Event, QueueReceiveReq, QueueRemoveReq, QueueSendReq};
use crate::sim::{Actor, Ctx, Disposition, MachineId};
use crate::types::{
    ControlAction, ControlReq, OpStatus, Record, Region, component_key, container_id,
    not_in_this_test, reject_control, reply_control,
};

/// `tContainerConfig`.
#[derive(Clone, Copy, Debug)]
pub struct ContainerConfig {
    pub name: &'static str,
    pub region: Region,
    pub input: MachineId,
    pub output: MachineId,
    pub database: MachineId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Init,
    ReadingInput,
    WritingDatabase,
    PublishingOutput,
    RemovingInput,
}

pub struct Container {
    state: State,
    config: ContainerConfig,
    /// Each request gets a fresh id; an answer with another id belongs to an
    /// abandoned request and is dropped.
    last_req_id: i64,
    current: Record,
}

impl Container {
    /// `new QAQContainer(config)`.
    pub fn new(config: ContainerConfig) -> Container {
        Container {
            state: State::Init,
            config,
            last_req_id: 0,
            current: Record::default(),
        }
    }

    fn next_req_id(&mut self) -> i64 {
        self.last_req_id += 1;
        self.last_req_id
    }

    /// `ReadingInput`'s entry.
    fn enter_reading_input(&mut self, ctx: &mut Ctx) {
        self.state = State::ReadingInput;
        let req = QueueReceiveReq {
            caller: ctx.this(),
            req_id: self.next_req_id(),
        };
        ctx.send(self.config.input, Event::QueueReceiveReq(req));
    }

    /// `WritingDatabase`'s entry.
    fn enter_writing_database(&mut self, ctx: &mut Ctx) {
        self.state = State::WritingDatabase;
        let req = DbWriteReq {
            caller: ctx.this(),
            req_id: self.next_req_id(),
            record: self.current,
        };
        ctx.send(self.config.database, Event::DbWriteReq(req));
    }

    /// `PublishingOutput`'s entry.
    fn enter_publishing_output(&mut self, ctx: &mut Ctx) {
        self.state = State::PublishingOutput;
        let req = QueueSendReq {
            caller: ctx.this(),
            req_id: self.next_req_id(),
            record: self.current,
        };
        ctx.send(self.config.output, Event::QueueSendReq(req));
    }

    /// `RemovingInput`'s entry.
    fn enter_removing_input(&mut self, ctx: &mut Ctx) {
        self.state = State::RemovingInput;
        let req = QueueRemoveReq {
            caller: ctx.this(),
            req_id: self.next_req_id(),
            record_id: self.current.id,
        };
        ctx.send(self.config.input, Event::QueueRemoveReq(req));
    }

    /// The common start of every answer handler: false for an answer to an
    /// abandoned request.
    fn answer_is_current(&self, req_id: i64, status: OpStatus) -> bool {
        if req_id != self.last_req_id {
            return false;
        }
        if status == OpStatus::Unavailable {
            not_in_this_test("container: goto FailedDependency");
        }
        true
    }

    /// `OnControlWhileProcessing(req)`.
    fn on_control(&mut self, ctx: &mut Ctx, req: ControlReq) {
        match req.control.action {
            ControlAction::Fail => not_in_this_test("container FAIL"),
            ControlAction::Recover => reply_control(ctx, &req),
            _ => reject_control(
                &req,
                &component_key(&container_id(self.config.name, self.config.region)),
            ),
        }
    }
}

impl Actor for Container {
    fn start(&mut self, ctx: &mut Ctx) {
        self.enter_reading_input(ctx);
    }

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            (State::ReadingInput, Event::QueueReceiveResp(_))
            | (State::WritingDatabase, Event::DbWriteResp(_))
            | (State::PublishingOutput, Event::QueueSendResp(_))
            | (State::RemovingInput, Event::QueueRemoveResp(_)) => Disposition::Handle,
            // Every state ignores the other answers (to abandoned requests).
            (
                _,
                Event::QueueReceiveResp(_)
                | Event::DbWriteResp(_)
                | Event::QueueSendResp(_)
                | Event::QueueRemoveResp(_),
            ) => Disposition::Ignore,
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (_, Event::ControlReq(req)) => self.on_control(ctx, req),
            (State::ReadingInput, Event::QueueReceiveResp(resp)) => {
                if self.answer_is_current(resp.req_id, resp.status) {
                    self.current = resp.record;
                    self.enter_writing_database(ctx);
                }
            }
            (State::WritingDatabase, Event::DbWriteResp(resp)) => {
                if self.answer_is_current(resp.req_id, resp.status) {
                    self.enter_publishing_output(ctx);
                }
            }
            (State::PublishingOutput, Event::QueueSendResp(resp)) => {
                if self.answer_is_current(resp.req_id, resp.status) {
                    self.enter_removing_input(ctx);
                }
            }
            (State::RemovingInput, Event::QueueRemoveResp(resp)) => {
                if self.answer_is_current(resp.req_id, resp.status) {
                    self.enter_reading_input(ctx);
                }
            }
            (state, event) => {
                panic!("QAQContainer in {state:?} received {event:?} that cannot be handled")
            }
        }
    }
}
