// Reads records through the out-DNS (receive, then remove) and counts them.
// A record counts as delivered once its removal is confirmed, so "N records
// delivered" also means the outbound queue has let go of them.

type tDestinationConfig = (dns: machine,);

machine RecordDestinationDNSFailover {
  var dns: machine;
  var lastReqId: int;
  var current: tRecord;
  var delivered: int;
  var lastDeliveredId: int;
  var deliveryWaiters: seq[tControlReq];

  start state Init {
    entry (config: tDestinationConfig) {
      dns = config.dns;
      goto ReceivingRecord;
    }
  }

  state ReceivingRecord {
    entry {
      lastReqId = lastReqId + 1;
      send dns, eQueueReceiveReq, (caller = this, reqId = lastReqId);
    }

    on eQueueReceiveResp do (resp: tQueueReceiveResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto WaitingToReceive;
      }
      current = resp.record;
      goto RemovingRecord;
    }

    // The receive parked at the old region's queue will never be answered: ask again.
    on eRegionSwitched goto ReceivingRecord;
    on eControlReq do OnControl;
    ignore eQueueRemoveResp, eDependencyRecovered;
  }

  state RemovingRecord {
    entry {
      lastReqId = lastReqId + 1;
      send dns, eQueueRemoveReq, (caller = this, reqId = lastReqId, recordId = current.recordId);
    }

    on eQueueRemoveResp do (resp: tQueueRemoveResp) {
      if (resp.reqId != lastReqId) {
        return;
      }
      if (resp.status == OP_UNAVAILABLE) {
        goto WaitingToRemove;
      }
      Deliver(current);
      goto ReceivingRecord;
    }

    on eControlReq do OnControl;
    // The next receive goes through the DNS after this removal anyway.
    ignore eQueueReceiveResp, eDependencyRecovered, eRegionSwitched;
  }

  state WaitingToReceive {
    on eDependencyRecovered goto ReceivingRecord;
    on eRegionSwitched goto ReceivingRecord;
    on eControlReq do OnControl;
    ignore eQueueReceiveResp, eQueueRemoveResp;
  }

  state WaitingToRemove {
    on eDependencyRecovered goto RemovingRecord;
    on eControlReq do OnControl;
    ignore eQueueReceiveResp, eQueueRemoveResp, eRegionSwitched;
  }

  fun Deliver(record: tRecord) {
    if (record.recordId == lastDeliveredId) {
      return;
    }
    delivered = delivered + 1;
    lastDeliveredId = record.recordId;
    announce eSpecDelivered, (record = record,);
    AnswerDeliveryWaiters();
  }

  fun OnControl(req: tControlReq) {
    if (req.control.action != AWAIT_DELIVERED) {
      RejectControl(req, ComponentKey(DestinationId()));
    }
    deliveryWaiters += (sizeof(deliveryWaiters), req);
    AnswerDeliveryWaiters();
  }

  fun AnswerDeliveryWaiters() {
    var waiter: tControlReq;
    var stillWaiting: seq[tControlReq];
    foreach (waiter in deliveryWaiters) {
      if (delivered >= waiter.control.count) {
        ReplyControl(waiter);
      } else {
        stillWaiting += (sizeof(stillWaiting), waiter);
      }
    }
    deliveryWaiters = stillWaiting;
  }
}
