// Holds the record set and publishes one batch per request, record by record
// and in order, through the in-DNS.

type tSourceConfig = (dns: machine, batches: seq[seq[tRecord]]);

machine RecordSourceDNSFailover {
  var dns: machine;
  var batches: seq[seq[tRecord]];
  var request: tControlReq;
  var batch: seq[tRecord];
  var position: int;
  var lastReqId: int;

  start state Init {
    entry (config: tSourceConfig) {
      dns = config.dns;
      batches = config.batches;
      goto Idle;
    }
  }

  state Idle {
    on eControlReq do (req: tControlReq) {
      if (req.control.action != PUBLISH_BATCH) {
        RejectControl(req, ComponentKey(SourceId()));
      }
      assert req.control.count >= 1 && req.control.count <= sizeof(batches),
        format("record source: there is no batch {0}", req.control.count);
      request = req;
      batch = batches[req.control.count - 1];
      position = 0;
      goto Publishing;
    }
    ignore eQueueSendResp, eDependencyRecovered;
  }

  // Each record waits for the queue's answer before the next one is sent, so
  // a refused record is resent before any later record can overtake it.
  state Publishing {
    entry {
      if (position == sizeof(batch)) {
        ReplyControl(request);
        goto Idle;
      }
      lastReqId = lastReqId + 1;
      send dns, eQueueSendReq, (caller = this, reqId = lastReqId, record = batch[position]);
    }

    on eQueueSendResp do (resp: tQueueSendResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto WaitingForQueue;
      }
      position = position + 1;
      goto Publishing;
    }

    // One batch at a time keeps batches in order.
    defer eControlReq;
    ignore eDependencyRecovered;
  }

  state WaitingForQueue {
    on eDependencyRecovered goto Publishing;
    defer eControlReq;
    ignore eQueueSendResp;
  }
}
