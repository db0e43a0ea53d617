// The control plane: how the test driver, through the system machine, asks a
// named component to fail, recover, switch region, publish or report progress.

enum tComponentKind { KIND_SOURCE, KIND_DESTINATION, KIND_DNS, KIND_QUEUE, KIND_CONTAINER, KIND_DATABASE }

// region only tells apart the per-region components (queues, containers) and,
// for a database, which regional database a fail or recover is aimed at.
type tComponentId = (kind: tComponentKind, name: string, region: tRegion);

enum tControlAction {
  FAIL,
  RECOVER,
  KILL,
  SWITCH_REGION,
  FAIL_REPLICATION,
  RECOVER_REPLICATION,
  PUBLISH_BATCH,
  AWAIT_DELIVERED,
  AWAIT_ARRIVALS,
  AWAIT_REMOVALS
}

// count is the batch number for PUBLISH_BATCH and the number of records for
// the AWAIT_* actions; other actions ignore it.
type tControl = (action: tControlAction, target: tComponentId, count: int);

// tag lets the requester match the answer to its request.
type tControlReq = (caller: machine, tag: int, control: tControl);
type tControlResp = (tag: int, target: tComponentId);

event eControlReq: tControlReq;
event eControlResp: tControlResp;

fun SourceId(): tComponentId {
  return (kind = KIND_SOURCE, name = "record-source", region = REGION_1);
}

fun DestinationId(): tComponentId {
  return (kind = KIND_DESTINATION, name = "record-destination", region = REGION_1);
}

fun DnsId(name: string): tComponentId {
  return (kind = KIND_DNS, name = name, region = REGION_1);
}

fun QueueId(name: string, region: tRegion): tComponentId {
  return (kind = KIND_QUEUE, name = name, region = region);
}

fun ContainerId(name: string, region: tRegion): tComponentId {
  return (kind = KIND_CONTAINER, name = name, region = region);
}

fun DatabaseId(name: string, region: tRegion): tComponentId {
  return (kind = KIND_DATABASE, name = name, region = region);
}

// The system's directory key. Components that span both regions (source,
// destination, DNSs, global databases) are keyed without their region.
fun ComponentKey(id: tComponentId): string {
  if (id.kind == KIND_QUEUE) {
    return format("queue {0} in {1}", id.name, RegionName(id.region));
  }
  if (id.kind == KIND_CONTAINER) {
    return format("container {0} in {1}", id.name, RegionName(id.region));
  }
  if (id.kind == KIND_DATABASE) {
    return format("database {0}", id.name);
  }
  if (id.kind == KIND_DNS) {
    return format("dns {0}", id.name);
  }
  if (id.kind == KIND_SOURCE) {
    return "record source";
  }
  return "record destination";
}

fun ReplyControl(req: tControlReq) {
  send req.caller, eControlResp, (tag = req.tag, target = req.control.target);
}

fun RejectControl(req: tControlReq, component: string) {
  assert false, format("{0} cannot perform control action {1}", component, req.control.action);
}
