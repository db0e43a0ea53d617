//! `TransactionProcessingSystem` (`PTst/TransactionProcessingSystem.p`):
//! creates and wires both regions, then forwards each control request to the
//! component it names.

use crate::container::{Container, ContainerConfig};
use crate::database::GlobalDatabase;
use crate::destination::Destination;
use crate::dns::Dns;
use crate::event::Event;
use crate::queue::Queue;
use crate::sim::{Actor, Ctx, Machine, MachineId};
use crate::source::Source;
use crate::types::{
    ComponentId, IN_DNS, OUT_DNS, QUEUE_NAMES, Record, Region, STAGE_NAMES, component_key,
    container_id, database_id, destination_id, dns_id, queue_id, source_id,
};
use std::collections::HashMap;

pub struct System {
    /// The start entry's parameter (`tSystemConfig`), until it runs.
    batches: Vec<Vec<Record>>,
    /// Component key to machine.
    directory: HashMap<String, MachineId>,
}

impl System {
    /// `new TransactionProcessingSystem((batches = ..,))`.
    pub fn new(batches: Vec<Vec<Record>>) -> System {
        System {
            batches,
            directory: HashMap::new(),
        }
    }

    /// `Build(batches)`: every component, in P's creation order.
    fn build(&mut self, ctx: &mut Ctx, batches: Vec<Vec<Record>>) {
        for region in Region::ALL {
            for name in QUEUE_NAMES {
                let queue = ctx.create(Machine::Queue(Queue::new(name, region)));
                self.register(queue_id(name, region), queue);
            }
        }

        let (first, last) = (QUEUE_NAMES[0], QUEUE_NAMES[QUEUE_NAMES.len() - 1]);
        let in_dns = ctx.create(Machine::Dns(Dns::new(
            IN_DNS,
            self.lookup(&queue_id(first, Region::One)),
            self.lookup(&queue_id(first, Region::Two)),
        )));
        self.register(dns_id(IN_DNS), in_dns);
        let out_dns = ctx.create(Machine::Dns(Dns::new(
            OUT_DNS,
            self.lookup(&queue_id(last, Region::One)),
            self.lookup(&queue_id(last, Region::Two)),
        )));
        self.register(dns_id(OUT_DNS), out_dns);

        for name in STAGE_NAMES {
            let database = ctx.create(Machine::GlobalDatabase(GlobalDatabase::new(name)));
            self.register(database_id(name, Region::One), database);
        }

        for region in Region::ALL {
            for (stage, name) in STAGE_NAMES.into_iter().enumerate() {
                let config = ContainerConfig {
                    name,
                    region,
                    input: self.lookup(&queue_id(QUEUE_NAMES[stage], region)),
                    output: self.lookup(&queue_id(QUEUE_NAMES[stage + 1], region)),
                    database: self.lookup(&database_id(name, region)),
                };
                let container = ctx.create(Machine::Container(Container::new(config)));
                self.register(container_id(name, region), container);
            }
        }

        let source = ctx.create(Machine::Source(Source::new(in_dns, batches)));
        self.register(source_id(), source);
        let destination = ctx.create(Machine::Destination(Destination::new(out_dns)));
        self.register(destination_id(), destination);
    }

    /// `Register(id, component)`.
    fn register(&mut self, id: ComponentId, component: MachineId) {
        self.directory.insert(component_key(&id), component);
    }

    /// `Lookup(id)`.
    fn lookup(&self, id: &ComponentId) -> MachineId {
        let key = component_key(id);
        match self.directory.get(&key) {
            Some(&machine) => machine,
            None => panic!("the system has no {key}"),
        }
    }
}

impl Actor for System {
    fn start(&mut self, ctx: &mut Ctx) {
        let batches = std::mem::take(&mut self.batches);
        self.build(ctx, batches);
    }

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        match event {
            Event::ControlReq(req) => {
                let target = self.lookup(&req.control.target);
                ctx.send(target, Event::ControlReq(req));
            }
            event => {
                panic!("TransactionProcessingSystem received {event:?} that cannot be handled")
            }
        }
    }
}
