// The steps of each test scenario. Publishing never waits by itself (a batch
// may be held up by an injected failure until a later recovery step); the
// explicit AWAIT steps say what each scenario waits for.

fun Publish(batch: int): tStep {
  return (control = (action = PUBLISH_BATCH, target = SourceId(), count = batch), wait = false);
}

// Waits until the source has handed every record of the batch to the inbound queue.
fun PublishAndConfirm(batch: int): tStep {
  return (control = (action = PUBLISH_BATCH, target = SourceId(), count = batch), wait = true);
}

fun AwaitDelivered(records: int): tStep {
  return (control = (action = AWAIT_DELIVERED, target = DestinationId(), count = records), wait = true);
}

fun AwaitArrivals(queue: string, region: tRegion, records: int): tStep {
  return (control = (action = AWAIT_ARRIVALS, target = QueueId(queue, region), count = records), wait = true);
}

fun AwaitRemovals(queue: string, region: tRegion, records: int): tStep {
  return (control = (action = AWAIT_REMOVALS, target = QueueId(queue, region), count = records), wait = true);
}

fun Perform(action: tControlAction, target: tComponentId): tStep {
  return (control = (action = action, target = target, count = 0), wait = true);
}

// The 16 components of one region: 6 queues, 5 containers, 5 regional databases.
fun RegionComponents(region: tRegion): seq[tComponentId] {
  var components: seq[tComponentId];
  var name: string;
  foreach (name in QueueNames()) {
    components += (sizeof(components), QueueId(name, region));
  }
  foreach (name in StageNames()) {
    components += (sizeof(components), ContainerId(name, region));
  }
  foreach (name in StageNames()) {
    components += (sizeof(components), DatabaseId(name, region));
  }
  return components;
}

fun SingleBatchScenario(): seq[tStep] {
  var steps: seq[tStep];
  steps += (sizeof(steps), Publish(1));
  steps += (sizeof(steps), AwaitDelivered(BatchSize()));
  return steps;
}

// The seed's test steps. With drainFirst the switch happens only once batch 1
// has reached the destination and every region-1 queue has removed it (a
// container removes a record after publishing it downstream, so the last
// removals trail the destination). Without it, the switch happens as soon as
// batch 1 sits in region 1's inbound queue, stranding it there.
fun FailoverScenario(drainFirst: bool): seq[tStep] {
  var steps: seq[tStep];
  var name: string;
  if (drainFirst) {
    steps += (sizeof(steps), Publish(1));
    steps += (sizeof(steps), AwaitDelivered(BatchSize()));
    foreach (name in QueueNames()) {
      steps += (sizeof(steps), AwaitRemovals(name, REGION_1, BatchSize()));
    }
  } else {
    steps += (sizeof(steps), PublishAndConfirm(1));
  }
  steps += (sizeof(steps), Perform(SWITCH_REGION, DnsId(InDnsName())));
  steps += (sizeof(steps), Perform(SWITCH_REGION, DnsId(OutDnsName())));
  foreach (name in StageNames()) {
    steps += (sizeof(steps), Perform(SWITCH_REGION, DatabaseId(name, REGION_1)));
  }
  steps += (sizeof(steps), Publish(2));
  steps += (sizeof(steps), AwaitDelivered(2 * BatchSize()));
  steps += (sizeof(steps), Publish(3));
  steps += (sizeof(steps), AwaitDelivered(3 * BatchSize()));
  return steps;
}

// F1, F2 and F3: after batch 1, fail the given components of region 1, publish
// batch 2 and wait until it has reached the given queue, recover the
// components, then publish batch 3.
fun FailAndRecoverScenario(failed: seq[tComponentId], recovered: seq[tComponentId], reachedQueue: string): seq[tStep] {
  var steps: seq[tStep];
  var component: tComponentId;
  steps += (sizeof(steps), Publish(1));
  steps += (sizeof(steps), AwaitDelivered(BatchSize()));
  foreach (component in failed) {
    steps += (sizeof(steps), Perform(FAIL, component));
  }
  steps += (sizeof(steps), Publish(2));
  steps += (sizeof(steps), AwaitArrivals(reachedQueue, REGION_1, 2 * BatchSize()));
  foreach (component in recovered) {
    steps += (sizeof(steps), Perform(RECOVER, component));
  }
  steps += (sizeof(steps), Publish(3));
  steps += (sizeof(steps), AwaitDelivered(3 * BatchSize()));
  return steps;
}

fun FailContainerScenario(): seq[tStep] {
  var components: seq[tComponentId];
  components += (0, ContainerId("preprocess", REGION_1));
  return FailAndRecoverScenario(components, components, "inbound-preprocess");
}

fun FailDatabaseScenario(): seq[tStep] {
  var failed: seq[tComponentId];
  var recovered: seq[tComponentId];
  failed += (0, DatabaseId("preprocess", REGION_1));
  recovered += (0, DatabaseId("preprocess", REGION_1));
  recovered += (1, ContainerId("preprocess", REGION_1));
  return FailAndRecoverScenario(failed, recovered, "inbound-preprocess");
}

// The failed queue cannot report arrivals, so batch 2 is followed up to the
// inbound queue, the last one it can reach.
fun FailQueueScenario(): seq[tStep] {
  var failed: seq[tComponentId];
  var recovered: seq[tComponentId];
  failed += (0, QueueId("inbound-preprocess", REGION_1));
  recovered += (0, QueueId("inbound-preprocess", REGION_1));
  recovered += (1, ContainerId("inbound", REGION_1));
  recovered += (2, ContainerId("preprocess", REGION_1));
  return FailAndRecoverScenario(failed, recovered, "inbound");
}

// F4: replication of every database stops while batch 2 goes through.
fun FailReplicationScenario(): seq[tStep] {
  var steps: seq[tStep];
  var name: string;
  steps += (sizeof(steps), Publish(1));
  steps += (sizeof(steps), AwaitDelivered(BatchSize()));
  foreach (name in StageNames()) {
    steps += (sizeof(steps), Perform(FAIL_REPLICATION, DatabaseId(name, REGION_1)));
  }
  steps += (sizeof(steps), Publish(2));
  steps += (sizeof(steps), AwaitDelivered(2 * BatchSize()));
  foreach (name in StageNames()) {
    steps += (sizeof(steps), Perform(RECOVER_REPLICATION, DatabaseId(name, REGION_1)));
  }
  steps += (sizeof(steps), Publish(3));
  steps += (sizeof(steps), AwaitDelivered(3 * BatchSize()));
  return steps;
}

// F5: a random subset of region 1 fails; batch 2 is published while they are
// down and the recoveries race with it.
fun FailRandomScenario(): seq[tStep] {
  var steps: seq[tStep];
  var failed: seq[tComponentId];
  var component: tComponentId;
  foreach (component in RegionComponents(REGION_1)) {
    if ($) {
      failed += (sizeof(failed), component);
    }
  }
  steps += (sizeof(steps), Publish(1));
  steps += (sizeof(steps), AwaitDelivered(BatchSize()));
  foreach (component in failed) {
    steps += (sizeof(steps), Perform(FAIL, component));
  }
  steps += (sizeof(steps), Publish(2));
  foreach (component in failed) {
    steps += (sizeof(steps), Perform(RECOVER, component));
  }
  steps += (sizeof(steps), AwaitDelivered(2 * BatchSize()));
  steps += (sizeof(steps), Publish(3));
  steps += (sizeof(steps), AwaitDelivered(3 * BatchSize()));
  return steps;
}
