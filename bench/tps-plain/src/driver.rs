//! The test side: the main machine `TestActivePassiveFailover`
//! (`PTst/TestDrivers.p`), `ScenarioDriver` and `MakeBatches`
//! (`PTst/ScenarioDriver.p`) and the steps of `FailoverScenario`
//! (`PTst/Scenarios.p`).

use crate::event::Event;
use crate::observe::Observation;
use crate::sim::{Actor, Ctx, Disposition, Machine, MachineId};
use crate::system::System;
use crate::types::{
    BATCH_SIZE, Control, ControlAction, ControlReq, IN_DNS, OUT_DNS, QUEUE_NAMES, Record, Region,
    STAGE_NAMES, database_id, destination_id, dns_id, queue_id, source_id,
};

/// `tStep`: a control request, and whether the driver waits for its answer.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub control: Control,
    pub wait: bool,
}

/// `Publish(batch)`.
fn publish(batch: i64) -> Step {
    Step {
        control: Control {
            action: ControlAction::PublishBatch,
            target: source_id(),
            count: batch,
        },
        wait: false,
    }
}

/// `PublishAndConfirm(batch)`.
fn publish_and_confirm(batch: i64) -> Step {
    Step {
        wait: true,
        ..publish(batch)
    }
}

/// `AwaitDelivered(records)`.
fn await_delivered(records: i64) -> Step {
    Step {
        control: Control {
            action: ControlAction::AwaitDelivered,
            target: destination_id(),
            count: records,
        },
        wait: true,
    }
}

/// `AwaitRemovals(queue, region, records)`.
fn await_removals(queue: &'static str, region: Region, records: i64) -> Step {
    Step {
        control: Control {
            action: ControlAction::AwaitRemovals,
            target: queue_id(queue, region),
            count: records,
        },
        wait: true,
    }
}

/// `Perform(action, target)`.
fn perform(action: ControlAction, target: crate::types::ComponentId) -> Step {
    Step {
        control: Control {
            action,
            target,
            count: 0,
        },
        wait: true,
    }
}

/// `FailoverScenario(drainFirst)`: batch 1 (drained everywhere when
/// `drain_first`), switch both DNSs and the five databases, batches 2 and 3.
pub fn failover_scenario(drain_first: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    if drain_first {
        steps.push(publish(1));
        steps.push(await_delivered(BATCH_SIZE));
        for name in QUEUE_NAMES {
            steps.push(await_removals(name, Region::One, BATCH_SIZE));
        }
    } else {
        steps.push(publish_and_confirm(1));
    }
    steps.push(perform(ControlAction::SwitchRegion, dns_id(IN_DNS)));
    steps.push(perform(ControlAction::SwitchRegion, dns_id(OUT_DNS)));
    for name in STAGE_NAMES {
        steps.push(perform(
            ControlAction::SwitchRegion,
            database_id(name, Region::One),
        ));
    }
    steps.push(publish(2));
    steps.push(await_delivered(2 * BATCH_SIZE));
    steps.push(publish(3));
    steps.push(await_delivered(3 * BATCH_SIZE));
    steps
}

/// `MakeBatches(batchCount, batchSize)`: ids 1, 2, ... across the batches,
/// values `choose(100)`.
fn make_batches(ctx: &mut Ctx, batch_count: i64, batch_size: i64) -> Vec<Vec<Record>> {
    (0..batch_count)
        .map(|b| {
            (0..batch_size)
                .map(|i| Record {
                    id: b * batch_size + i + 1,
                    value: ctx.choose(100),
                })
                .collect()
        })
        .collect()
}

/// `TestActivePassiveFailover`: starts the failover scenario and does
/// nothing else.
pub struct FailoverTest;

impl Actor for FailoverTest {
    fn start(&mut self, ctx: &mut Ctx) {
        ctx.create(Machine::Driver(ScenarioDriver::new(
            3,
            failover_scenario(true),
        )));
    }

    fn handle(&mut self, _: &mut Ctx, event: Event) {
        panic!("TestActivePassiveFailover received {event:?} that cannot be handled")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Init,
    Running,
    Waiting,
    Finished,
}

/// `ScenarioDriver`: makes the record set, builds the system, then sends
/// the steps in order, waiting for the answer of each step that waits.
pub struct ScenarioDriver {
    state: State,
    batch_count: i64,
    system: MachineId,
    steps: Vec<Step>,
    next_step: usize,
    awaited_tag: i64,
}

impl ScenarioDriver {
    /// `new ScenarioDriver((batchCount = .., steps = ..))`.
    pub fn new(batch_count: i64, steps: Vec<Step>) -> ScenarioDriver {
        ScenarioDriver {
            state: State::Init,
            batch_count,
            system: MachineId::NULL,
            steps,
            next_step: 0,
            awaited_tag: 0,
        }
    }

    /// Whether every step has been sent and the last awaited one answered.
    pub fn finished(&self) -> bool {
        self.state == State::Finished
    }

    /// `Running`'s entry.
    fn enter_running(&mut self, ctx: &mut Ctx) {
        self.state = State::Running;
        while self.next_step < self.steps.len() {
            let step = self.steps[self.next_step];
            self.next_step += 1;
            let tag = self.next_step as i64;
            let req = ControlReq {
                caller: ctx.this(),
                tag,
                control: step.control,
            };
            ctx.send(self.system, Event::ControlReq(req));
            if step.wait {
                self.awaited_tag = tag;
                self.state = State::Waiting;
                return;
            }
        }
        self.state = State::Finished;
    }
}

impl Actor for ScenarioDriver {
    fn start(&mut self, ctx: &mut Ctx) {
        let batches = make_batches(ctx, self.batch_count, BATCH_SIZE);
        let records: Vec<Record> = batches.iter().flatten().copied().collect();
        ctx.announce(|| Observation::RecordSet(records));
        self.system = ctx.create(Machine::System(System::new(batches)));
        self.enter_running(ctx);
    }

    fn disposition(&self, event: &Event) -> Disposition {
        match (self.state, event) {
            // Answers to steps that did not wait may still come in.
            (State::Finished, Event::ControlResp(_)) => Disposition::Ignore,
            _ => Disposition::Handle,
        }
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match (self.state, event) {
            (State::Waiting, Event::ControlResp(resp)) => {
                if resp.tag == self.awaited_tag {
                    self.enter_running(ctx);
                }
            }
            (state, event) => {
                panic!("ScenarioDriver in {state:?} received {event:?} that cannot be handled")
            }
        }
    }
}
