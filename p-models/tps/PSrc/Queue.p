// A FIFO queue of records in one region (think SQS FIFO). Fault injection can
// fail it (every operation is refused until it recovers; its records survive)
// or kill it (it halts and its records are lost).

type tQueueConfig = (name: string, region: tRegion);

machine Queue {
  var name: string;
  var region: tRegion;
  var records: seq[tRecord];
  // Deduplication by recordId: a writer that retries after a failure may
  // resend a record the queue already accepted.
  var acceptedIds: set[int];
  // At most one parked receive per reader: a newer one supersedes the older.
  var parkedReaders: map[machine, int];
  var arrivals: int;
  var removals: int;
  var milestoneWaiters: seq[tControlReq];
  var turnedAway: set[machine];

  start state Init {
    entry (config: tQueueConfig) {
      name = config.name;
      region = config.region;
      goto Available;
    }
  }

  state Available {
    on eQueueSendReq do (req: tQueueSendReq) {
      if (req.record.recordId in acceptedIds) {
        send req.caller, eQueueSendResp, (reqId = req.reqId, status = OP_DUPLICATE);
        return;
      }
      acceptedIds += (req.record.recordId);
      records += (sizeof(records), req.record);
      arrivals = arrivals + 1;
      announce eSpecQueueSent, (queue = name, region = region, record = req.record);
      send req.caller, eQueueSendResp, (reqId = req.reqId, status = OP_SUCCESS);
      AnswerParkedReaders();
      AnswerMilestoneWaiters();
    }

    on eQueueReceiveReq do (req: tQueueReceiveReq) {
      parkedReaders[req.caller] = req.reqId;
      AnswerParkedReaders();
    }

    on eQueueRemoveReq do (req: tQueueRemoveReq) {
      if (sizeof(records) > 0 && records[0].recordId == req.recordId) {
        announce eSpecQueueRemoved, (queue = name, region = region, record = records[0]);
        records -= (0);
        removals = removals + 1;
      }
      // Otherwise the record was removed by an earlier attempt: still a success.
      send req.caller, eQueueRemoveResp, (reqId = req.reqId, status = OP_SUCCESS);
      AnswerMilestoneWaiters();
    }

    on eQueueDepthReq do (req: tQueueDepthReq) {
      send req.caller, eQueueDepthResp, (reqId = req.reqId, status = OP_SUCCESS, depth = sizeof(records));
    }

    on eControlReq do (req: tControlReq) {
      if (req.control.action == FAIL) {
        ReplyControl(req);
        goto Unavailable;
      }
      if (req.control.action == RECOVER) {
        ReplyControl(req);
        return;
      }
      HandleCommonControl(req);
    }
  }

  state Unavailable {
    entry {
      var reader: machine;
      // A parked reader would otherwise wait on a queue that may never answer.
      foreach (reader in keys(parkedReaders)) {
        send reader, eQueueReceiveResp, (reqId = parkedReaders[reader], status = OP_UNAVAILABLE, record = default(tRecord));
        turnedAway += (reader);
      }
      parkedReaders = default(map[machine, int]);
    }

    on eQueueSendReq do (req: tQueueSendReq) {
      turnedAway += (req.caller);
      send req.caller, eQueueSendResp, (reqId = req.reqId, status = OP_UNAVAILABLE);
    }

    on eQueueReceiveReq do (req: tQueueReceiveReq) {
      turnedAway += (req.caller);
      send req.caller, eQueueReceiveResp, (reqId = req.reqId, status = OP_UNAVAILABLE, record = default(tRecord));
    }

    on eQueueRemoveReq do (req: tQueueRemoveReq) {
      turnedAway += (req.caller);
      send req.caller, eQueueRemoveResp, (reqId = req.reqId, status = OP_UNAVAILABLE);
    }

    on eQueueDepthReq do (req: tQueueDepthReq) {
      turnedAway += (req.caller);
      send req.caller, eQueueDepthResp, (reqId = req.reqId, status = OP_UNAVAILABLE, depth = 0);
    }

    on eControlReq do (req: tControlReq) {
      var client: machine;
      if (req.control.action == RECOVER) {
        ReplyControl(req);
        foreach (client in turnedAway) {
          send client, eDependencyRecovered, (component = ComponentKey(QueueId(name, region)),);
        }
        turnedAway = default(set[machine]);
        goto Available;
      }
      if (req.control.action == FAIL) {
        ReplyControl(req);
        return;
      }
      HandleCommonControl(req);
    }
  }

  fun HandleCommonControl(req: tControlReq) {
    if (req.control.action == KILL) {
      ReplyControl(req);
      raise halt;
    }
    if (req.control.action == AWAIT_ARRIVALS || req.control.action == AWAIT_REMOVALS) {
      milestoneWaiters += (sizeof(milestoneWaiters), req);
      AnswerMilestoneWaiters();
      return;
    }
    RejectControl(req, ComponentKey(QueueId(name, region)));
  }

  fun AnswerParkedReaders() {
    var reader: machine;
    if (sizeof(records) == 0) {
      return;
    }
    foreach (reader in keys(parkedReaders)) {
      announce eSpecQueueRead, (queue = name, region = region, record = records[0]);
      send reader, eQueueReceiveResp, (reqId = parkedReaders[reader], status = OP_SUCCESS, record = records[0]);
    }
    parkedReaders = default(map[machine, int]);
  }

  fun AnswerMilestoneWaiters() {
    var waiter: tControlReq;
    var stillWaiting: seq[tControlReq];
    foreach (waiter in milestoneWaiters) {
      if (MilestoneReached(waiter.control)) {
        ReplyControl(waiter);
      } else {
        stillWaiting += (sizeof(stillWaiting), waiter);
      }
    }
    milestoneWaiters = stillWaiting;
  }

  fun MilestoneReached(control: tControl): bool {
    if (control.action == AWAIT_ARRIVALS) {
      return arrivals >= control.count;
    }
    return removals >= control.count;
  }
}
