//! `Route53DNSFailoverQ` (`PSrc/Route53DNSFailoverQ.p`): forwards queue
//! operations to the active region's queue; a switch flips the region and
//! tells the readers it has served to ask again.

use crate::event::Event;
use crate::sim::{Actor, Ctx, MachineId};
use crate::types::{
    ControlAction, PerRegion, Region, component_key, dns_id, reject_control, reply_control,
};
use std::collections::BTreeSet;

pub struct Dns {
    name: &'static str,
    queues: PerRegion<MachineId>,
    active: Region,
    readers: BTreeSet<MachineId>,
}

impl Dns {
    /// `new Route53DNSFailoverQ((name = .., primary = .., secondary = ..))`.
    pub fn new(name: &'static str, primary: MachineId, secondary: MachineId) -> Dns {
        Dns {
            name,
            queues: PerRegion([primary, secondary]),
            active: Region::One,
            readers: BTreeSet::new(),
        }
    }

    /// The region it routes to.
    pub fn active(&self) -> Region {
        self.active
    }
}

impl Actor for Dns {
    fn start(&mut self, _: &mut Ctx) {}

    fn handle(&mut self, ctx: &mut Ctx, event: Event) {
        let queue = self.queues[self.active];
        match event {
            Event::QueueSendReq(req) => ctx.send(queue, Event::QueueSendReq(req)),
            Event::QueueReceiveReq(req) => {
                self.readers.insert(req.caller);
                ctx.send(queue, Event::QueueReceiveReq(req));
            }
            Event::QueueRemoveReq(req) => ctx.send(queue, Event::QueueRemoveReq(req)),
            Event::ControlReq(req) => match req.control.action {
                ControlAction::SwitchRegion => {
                    self.active = self.active.other();
                    for &reader in &self.readers {
                        ctx.send(reader, Event::RegionSwitched { dns: self.name });
                    }
                    reply_control(ctx, &req);
                }
                // "Notify me when N records have arrived" is a queue operation too.
                ControlAction::AwaitArrivals | ControlAction::AwaitRemovals => {
                    ctx.send(queue, Event::ControlReq(req));
                }
                _ => reject_control(&req, &component_key(&dns_id(self.name))),
            },
            event => panic!("Route53DNSFailoverQ received {event:?} that cannot be handled"),
        }
    }
}
