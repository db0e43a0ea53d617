// Safety: each logical queue (the same name in both regions counts as one
// queue), each global database and each regional database sees the records in
// exactly the order they were published: for every kind of observation the
// next record is either the one after the last one seen or, for a retry, the
// last one again. A gap or a reordering fails an assertion naming the
// component, the record seen and the record expected.
//
// Liveness: the spec stays hot until every one of those components and the
// record destination has seen every published record.
spec ActivePassiveIsSafeAndLive observes eSpecRecordSet, eSpecQueueSent, eSpecQueueRead,
    eSpecQueueRemoved, eSpecDatabaseInserted, eSpecDelivered {
  var published: seq[tRecord];
  // For each observation stream, the position in published of the last record seen.
  var lastSeen: map[string, int];
  var unfinished: set[string];

  start state AwaitingRecordSet {
    on eSpecRecordSet goto RecordsInFlight with (recordSet: tRecordSet) {
      var name: string;
      var region: tRegion;
      assert sizeof(recordSet.records) > 0, "the record set is empty";
      published = recordSet.records;
      foreach (name in QueueNames()) {
        unfinished += (QueueStream(name, "sent"));
        unfinished += (QueueStream(name, "read"));
        unfinished += (QueueStream(name, "removed"));
      }
      foreach (name in StageNames()) {
        unfinished += (DatabaseStream(name));
        foreach (region in Regions()) {
          unfinished += (RegionalDatabaseStream(name, region));
        }
      }
      unfinished += (DestinationStream());
    }

    on eSpecQueueSent, eSpecQueueRead, eSpecQueueRemoved, eSpecDatabaseInserted, eSpecDelivered do {
      assert false, "a record moved before the spec was given the record set";
    }
  }

  hot state RecordsInFlight {
    on eSpecQueueSent do (obs: tQueueObservation) {
      ObserveQueue(obs, "sent");
      LeaveHotStateWhenDone();
    }
    on eSpecQueueRead do (obs: tQueueObservation) {
      ObserveQueue(obs, "read");
      LeaveHotStateWhenDone();
    }
    on eSpecQueueRemoved do (obs: tQueueObservation) {
      ObserveQueue(obs, "removed");
      LeaveHotStateWhenDone();
    }
    on eSpecDatabaseInserted do (obs: tDatabaseObservation) {
      ObserveDatabase(obs);
      LeaveHotStateWhenDone();
    }
    on eSpecDelivered do (obs: tDeliveryObservation) {
      Observe(DestinationStream(), "", obs.record);
      LeaveHotStateWhenDone();
    }
    on eSpecRecordSet do {
      assert false, "the record set was given twice";
    }
  }

  // Order is still checked here: a late retry must repeat the last record.
  cold state AllRecordsDelivered {
    on eSpecQueueSent do (obs: tQueueObservation) {
      ObserveQueue(obs, "sent");
    }
    on eSpecQueueRead do (obs: tQueueObservation) {
      ObserveQueue(obs, "read");
    }
    on eSpecQueueRemoved do (obs: tQueueObservation) {
      ObserveQueue(obs, "removed");
    }
    on eSpecDatabaseInserted do (obs: tDatabaseObservation) {
      ObserveDatabase(obs);
    }
    on eSpecDelivered do (obs: tDeliveryObservation) {
      Observe(DestinationStream(), "", obs.record);
    }
    on eSpecRecordSet do {
      assert false, "the record set was given twice";
    }
  }

  fun ObserveQueue(obs: tQueueObservation, operation: string) {
    Observe(QueueStream(obs.queue, operation), format(" (in {0})", RegionName(obs.region)), obs.record);
  }

  // Writes from containers make up the global database's history; the regional
  // databases also count the copies made by replication.
  fun ObserveDatabase(obs: tDatabaseObservation) {
    var where: string;
    where = format(" (in {0})", RegionName(obs.region));
    if (!obs.replicated) {
      Observe(DatabaseStream(obs.database), where, obs.record);
    }
    Observe(RegionalDatabaseStream(obs.database, obs.region), where, obs.record);
  }

  fun Observe(stream: string, where: string, record: tRecord) {
    var next: int;
    next = 0;
    if (stream in lastSeen) {
      if (published[lastSeen[stream]] == record) {
        return;
      }
      next = lastSeen[stream] + 1;
    }
    assert next < sizeof(published),
      format("{0}{1} saw record {2} after the last published record {3}",
        stream, where, record.recordId, published[sizeof(published) - 1].recordId);
    assert record.recordId == published[next].recordId,
      format("{0}{1} saw record {2} but expected record {3}",
        stream, where, record.recordId, published[next].recordId);
    assert record == published[next],
      format("{0}{1} saw record {2} with value {3} but it was published with value {4}",
        stream, where, record.recordId, record.recordValue, published[next].recordValue);
    lastSeen[stream] = next;
    if (next == sizeof(published) - 1) {
      unfinished -= (stream);
    }
  }

  fun LeaveHotStateWhenDone() {
    if (sizeof(unfinished) == 0) {
      goto AllRecordsDelivered;
    }
  }
}

fun QueueStream(queue: string, operation: string): string {
  return format("queue {0} ({1})", queue, operation);
}

fun DatabaseStream(database: string): string {
  return format("database {0}", database);
}

fun RegionalDatabaseStream(database: string, region: tRegion): string {
  return format("database {0} in {1}", database, RegionName(region));
}

fun DestinationStream(): string {
  return "record destination";
}
