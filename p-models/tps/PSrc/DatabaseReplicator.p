// Copies every write accepted by one regional database of a global database
// to the other one, one record at a time and in order. The direction follows
// where each write was accepted, so it reverses by itself after a switch.

type tReplicatorConfig = (database: string,);
type tReplicationItem = (record: tRecord, target: tRegion);

machine DatabaseReplicator {
  var database: string;
  var databases: map[tRegion, machine];
  var backlog: seq[tReplicationItem];
  // A copy has been sent and not yet acknowledged.
  var shipping: bool;
  // Replication itself was failed by fault injection.
  var paused: bool;
  // The target regional database refused the last copy; it will say when it is back.
  var targetDown: bool;
  var drainRequests: seq[machine];

  start state AwaitingConfig {
    entry (config: tReplicatorConfig) {
      database = config.database;
    }
    on eReplicatorConfig goto Replicating with (config: (databases: map[tRegion, machine])) {
      databases = config.databases;
    }
    defer eReplicate, eControlReq, eReplicatorDrainReq;
  }

  state Replicating {
    on eReplicate do (source: tReplicationSource) {
      backlog += (sizeof(backlog), (record = source.record, target = OtherRegion(source.origin)));
      ShipNext();
    }

    on eDbReplicaWriteResp do (resp: tReplicaWriteResp) {
      shipping = false;
      if (resp.status == OP_UNAVAILABLE) {
        targetDown = true;
        return;
      }
      assert resp.recordId == backlog[0].record.recordId,
        format("replicator of {0}: copy of record {1} acknowledged while record {2} was in flight",
          database, resp.recordId, backlog[0].record.recordId);
      backlog -= (0);
      ShipNext();
      AnswerDrainRequests();
    }

    on eDependencyRecovered do {
      targetDown = false;
      ShipNext();
    }

    on eReplicatorDrainReq do (req: (requester: machine)) {
      drainRequests += (sizeof(drainRequests), req.requester);
      AnswerDrainRequests();
    }

    on eControlReq do (req: tControlReq) {
      if (req.control.action == FAIL_REPLICATION) {
        paused = true;
        ReplyControl(req);
        return;
      }
      if (req.control.action == RECOVER_REPLICATION) {
        paused = false;
        ReplyControl(req);
        ShipNext();
        return;
      }
      RejectControl(req, format("replicator of database {0}", database));
    }
  }

  fun ShipNext() {
    if (paused || shipping || targetDown || sizeof(backlog) == 0) {
      return;
    }
    shipping = true;
    send databases[backlog[0].target], eDbReplicaWriteReq, (replicator = this, record = backlog[0].record);
  }

  fun AnswerDrainRequests() {
    var requester: machine;
    if (sizeof(backlog) > 0 || shipping) {
      return;
    }
    foreach (requester in drainRequests) {
      send requester, eReplicatorDrained;
    }
    drainRequests = default(seq[machine]);
  }
}
