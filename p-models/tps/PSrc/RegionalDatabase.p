// The copy of a global database in one region. It accepts writes from
// containers (through the global database) and copies from the replicator.

type tRegionalDatabaseConfig = (database: string, region: tRegion, replicator: machine);

machine RegionalDatabase {
  var database: string;
  var region: tRegion;
  var replicator: machine;
  var storedIds: set[int];
  var turnedAway: set[machine];

  start state Init {
    entry (config: tRegionalDatabaseConfig) {
      database = config.database;
      region = config.region;
      replicator = config.replicator;
      goto Available;
    }
  }

  state Available {
    on eDbWriteReq do (req: tDbWriteReq) {
      // A writer retrying after a failure: the row is already there.
      if (req.record.recordId in storedIds) {
        send req.caller, eDbWriteResp, (reqId = req.reqId, status = OP_DUPLICATE);
        return;
      }
      Insert(req.record, false);
      // Replication is asynchronous: the writer does not wait for the other region.
      send replicator, eReplicate, (record = req.record, origin = region);
      send req.caller, eDbWriteResp, (reqId = req.reqId, status = OP_SUCCESS);
    }

    on eDbReplicaWriteReq do (req: tReplicaWriteReq) {
      if (!(req.record.recordId in storedIds)) {
        Insert(req.record, true);
      }
      send req.replicator, eDbReplicaWriteResp, (recordId = req.record.recordId, status = OP_SUCCESS);
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
      RejectControl(req, Label());
    }
  }

  state Unavailable {
    on eDbWriteReq do (req: tDbWriteReq) {
      turnedAway += (req.caller);
      send req.caller, eDbWriteResp, (reqId = req.reqId, status = OP_UNAVAILABLE);
    }

    on eDbReplicaWriteReq do (req: tReplicaWriteReq) {
      turnedAway += (req.replicator);
      send req.replicator, eDbReplicaWriteResp, (recordId = req.record.recordId, status = OP_UNAVAILABLE);
    }

    on eControlReq do (req: tControlReq) {
      var client: machine;
      if (req.control.action == RECOVER) {
        ReplyControl(req);
        foreach (client in turnedAway) {
          send client, eDependencyRecovered, (component = Label(),);
        }
        turnedAway = default(set[machine]);
        goto Available;
      }
      if (req.control.action == FAIL) {
        ReplyControl(req);
        return;
      }
      RejectControl(req, Label());
    }
  }

  fun Insert(record: tRecord, replicated: bool) {
    storedIds += (record.recordId);
    announce eSpecDatabaseInserted, (database = database, region = region, record = record, replicated = replicated);
  }

  fun Label(): string {
    return format("database {0} in {1}", database, RegionName(region));
  }
}
