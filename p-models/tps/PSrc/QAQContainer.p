// A stateless worker of one stage in one region: read the head of the input
// queue, write it to the stage's database, publish it to the output queue,
// then remove it from the input queue. Removing last means a failure at any
// step leaves the record at the head of the input queue, and the retry starts
// over from the read; the database and the output queue recognise a record
// they already hold (by recordId), so the retry does not duplicate it.

type tContainerConfig = (name: string, region: tRegion, input: machine, output: machine, database: machine);

machine QAQContainer {
  var name: string;
  var region: tRegion;
  var input: machine;
  var output: machine;
  var database: machine;
  // Each request gets a fresh id; an answer with any other id belongs to a
  // request abandoned after a failure and is dropped.
  var lastReqId: int;
  var current: tRecord;

  start state Init {
    entry (config: tContainerConfig) {
      name = config.name;
      region = config.region;
      input = config.input;
      output = config.output;
      database = config.database;
      goto ReadingInput;
    }
  }

  state ReadingInput {
    entry {
      lastReqId = lastReqId + 1;
      send input, eQueueReceiveReq, (caller = this, reqId = lastReqId);
    }
    on eQueueReceiveResp do (resp: tQueueReceiveResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto FailedDependency;
      }
      current = resp.record;
      goto WritingDatabase;
    }
    on eControlReq do OnControlWhileProcessing;
    ignore eDbWriteResp, eQueueSendResp, eQueueRemoveResp, eDependencyRecovered;
  }

  state WritingDatabase {
    entry {
      lastReqId = lastReqId + 1;
      send database, eDbWriteReq, (caller = this, reqId = lastReqId, record = current);
    }
    on eDbWriteResp do (resp: tDbWriteResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto FailedDependency;
      }
      goto PublishingOutput;
    }
    on eControlReq do OnControlWhileProcessing;
    ignore eQueueReceiveResp, eQueueSendResp, eQueueRemoveResp, eDependencyRecovered;
  }

  state PublishingOutput {
    entry {
      lastReqId = lastReqId + 1;
      send output, eQueueSendReq, (caller = this, reqId = lastReqId, record = current);
    }
    on eQueueSendResp do (resp: tQueueSendResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto FailedDependency;
      }
      goto RemovingInput;
    }
    on eControlReq do OnControlWhileProcessing;
    ignore eQueueReceiveResp, eDbWriteResp, eQueueRemoveResp, eDependencyRecovered;
  }

  state RemovingInput {
    entry {
      lastReqId = lastReqId + 1;
      send input, eQueueRemoveReq, (caller = this, reqId = lastReqId, recordId = current.recordId);
    }
    on eQueueRemoveResp do (resp: tQueueRemoveResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto FailedDependency;
      }
      goto ReadingInput;
    }
    on eControlReq do OnControlWhileProcessing;
    ignore eQueueReceiveResp, eDbWriteResp, eQueueSendResp, eDependencyRecovered;
  }

  // A queue or the database refused a step. The component that refused will
  // say when it is back; a recover request from the operator also retries.
  state FailedDependency {
    on eDependencyRecovered goto ReadingInput;
    on eControlReq do OnControlWhileFailed;
    ignore eQueueReceiveResp, eDbWriteResp, eQueueSendResp, eQueueRemoveResp;
  }

  // The container itself failed: it does nothing until it is recovered.
  state FailedProcessing {
    on eControlReq do OnControlWhileFailed;
    ignore eQueueReceiveResp, eDbWriteResp, eQueueSendResp, eQueueRemoveResp, eDependencyRecovered;
  }

  fun OnControlWhileProcessing(req: tControlReq) {
    if (req.control.action == FAIL) {
      ReplyControl(req);
      goto FailedProcessing;
    }
    if (req.control.action == RECOVER) {
      ReplyControl(req);
      return;
    }
    RejectControl(req, ComponentKey(ContainerId(name, region)));
  }

  fun OnControlWhileFailed(req: tControlReq) {
    if (req.control.action == FAIL) {
      ReplyControl(req);
      goto FailedProcessing;
    }
    if (req.control.action == RECOVER) {
      ReplyControl(req);
      // Nothing about the abandoned record is kept: start over from the read.
      goto ReadingInput;
    }
    RejectControl(req, ComponentKey(ContainerId(name, region)));
  }
}
