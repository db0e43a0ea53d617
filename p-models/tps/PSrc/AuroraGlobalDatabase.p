// A global database: a regional database in each region and a replicator
// between them. Writers talk to the global database, which sends each write
// to the active region; the answer comes from the regional database.

type tGlobalDatabaseConfig = (name: string,);

machine AuroraGlobalDatabase {
  var name: string;
  var regional: map[tRegion, machine];
  var replicator: machine;
  var active: tRegion;
  var pendingSwitch: tControlReq;

  start state Init {
    entry (config: tGlobalDatabaseConfig) {
      name = config.name;
      active = REGION_1;
      replicator = new DatabaseReplicator((database = name,));
      regional[REGION_1] = new RegionalDatabase((database = name, region = REGION_1, replicator = replicator));
      regional[REGION_2] = new RegionalDatabase((database = name, region = REGION_2, replicator = replicator));
      send replicator, eReplicatorConfig, (databases = regional,);
      goto Serving;
    }
  }

  state Serving {
    on eDbWriteReq do (req: tDbWriteReq) {
      send regional[active], eDbWriteReq, req;
    }

    on eControlReq do (req: tControlReq) {
      if (req.control.action == FAIL || req.control.action == RECOVER) {
        send regional[req.control.target.region], eControlReq, req;
        return;
      }
      if (req.control.action == FAIL_REPLICATION || req.control.action == RECOVER_REPLICATION) {
        send replicator, eControlReq, req;
        return;
      }
      if (req.control.action == SWITCH_REGION) {
        pendingSwitch = req;
        goto Switching;
      }
      RejectControl(req, ComponentKey(DatabaseId(name, active)));
    }

    ignore eReplicatorDrained;
  }

  // A managed switchover: the passive region is promoted only once it holds
  // every write, and writes arriving meanwhile wait for the new primary.
  state Switching {
    entry {
      send replicator, eReplicatorDrainReq, (requester = this,);
    }

    on eReplicatorDrained do {
      active = OtherRegion(active);
      ReplyControl(pendingSwitch);
      goto Serving;
    }

    defer eDbWriteReq, eControlReq;
  }
}
