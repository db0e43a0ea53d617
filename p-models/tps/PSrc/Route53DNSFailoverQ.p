// A DNS name with a failover routing policy in front of the same logical
// queue in both regions. Queue operations go to the active region's queue.

type tDnsConfig = (name: string, primary: machine, secondary: machine);

machine Route53DNSFailoverQ {
  var name: string;
  var queues: map[tRegion, machine];
  var active: tRegion;
  var readers: set[machine];

  start state Init {
    entry (config: tDnsConfig) {
      name = config.name;
      queues[REGION_1] = config.primary;
      queues[REGION_2] = config.secondary;
      active = REGION_1;
      goto Routing;
    }
  }

  state Routing {
    on eQueueSendReq do (req: tQueueSendReq) {
      send queues[active], eQueueSendReq, req;
    }

    on eQueueReceiveReq do (req: tQueueReceiveReq) {
      readers += (req.caller);
      send queues[active], eQueueReceiveReq, req;
    }

    on eQueueRemoveReq do (req: tQueueRemoveReq) {
      send queues[active], eQueueRemoveReq, req;
    }

    on eQueueDepthReq do (req: tQueueDepthReq) {
      send queues[active], eQueueDepthReq, req;
    }

    on eControlReq do (req: tControlReq) {
      var reader: machine;
      if (req.control.action == SWITCH_REGION) {
        active = OtherRegion(active);
        foreach (reader in readers) {
          send reader, eRegionSwitched, (dns = name,);
        }
        ReplyControl(req);
        return;
      }
      // "Notify me when N records have arrived" is a queue operation too.
      if (req.control.action == AWAIT_ARRIVALS || req.control.action == AWAIT_REMOVALS) {
        send queues[active], eControlReq, req;
        return;
      }
      RejectControl(req, ComponentKey(DnsId(name)));
    }
  }
}
