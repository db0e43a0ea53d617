// Safety: each logical queue (the same name in both regions counts as one
// queue), each global database and each regional database sees the records in
// exactly the order they were published: for every kind of observation the
// next record is either the one after the last one seen or, for a retry, the
// last one again. A gap or a reordering fails an assertion naming the
// component, the record seen and the record expected.
//
// Liveness: the spec stays hot until every one of those components and the
// record destination has seen every published record.
// The observation streams the spec orders: a queue operation on a logical
// queue, a global database, a regional database, or the destination. Streams
// are keyed by value rather than by their printed names, so an observation
// costs no string building; names are printed only in a failure message.
enum tStreamKind { QUEUE_SENT, QUEUE_READ, QUEUE_REMOVED, GLOBAL_DATABASE, REGIONAL_DATABASE, DESTINATION }

// region only matters for REGIONAL_DATABASE (REGION_1 elsewhere).
type tStream = (kind: tStreamKind, name: string, region: tRegion);

spec ActivePassiveIsSafeAndLive observes eSpecRecordSet, eSpecQueueSent, eSpecQueueRead,
    eSpecQueueRemoved, eSpecDatabaseInserted, eSpecDelivered {
  var published: seq[tRecord];
  // For each stream, the position in published of the last record seen.
  var lastSeen: map[tStream, int];
  var unfinished: set[tStream];

  start state AwaitingRecordSet {
    on eSpecRecordSet goto RecordsInFlight with (recordSet: tRecordSet) {
      var name: string;
      var region: tRegion;
      assert sizeof(recordSet.records) > 0, "the record set is empty";
      published = recordSet.records;
      foreach (name in QueueNames()) {
        unfinished += (Stream(QUEUE_SENT, name, REGION_1));
        unfinished += (Stream(QUEUE_READ, name, REGION_1));
        unfinished += (Stream(QUEUE_REMOVED, name, REGION_1));
      }
      foreach (name in StageNames()) {
        unfinished += (Stream(GLOBAL_DATABASE, name, REGION_1));
        foreach (region in Regions()) {
          unfinished += (Stream(REGIONAL_DATABASE, name, region));
        }
      }
      unfinished += (Stream(DESTINATION, "", REGION_1));
    }

    on eSpecQueueSent, eSpecQueueRead, eSpecQueueRemoved, eSpecDatabaseInserted, eSpecDelivered do {
      assert false, "a record moved before the spec was given the record set";
    }
  }

  hot state RecordsInFlight {
    on eSpecQueueSent do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_SENT);
      LeaveHotStateWhenDone();
    }
    on eSpecQueueRead do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_READ);
      LeaveHotStateWhenDone();
    }
    on eSpecQueueRemoved do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_REMOVED);
      LeaveHotStateWhenDone();
    }
    on eSpecDatabaseInserted do (obs: tDatabaseObservation) {
      ObserveDatabase(obs);
      LeaveHotStateWhenDone();
    }
    on eSpecDelivered do (obs: tDeliveryObservation) {
      Observe(Stream(DESTINATION, "", REGION_1), false, REGION_1, obs.record);
      LeaveHotStateWhenDone();
    }
    on eSpecRecordSet do {
      assert false, "the record set was given twice";
    }
  }

  // Order is still checked here: a late retry must repeat the last record.
  cold state AllRecordsDelivered {
    on eSpecQueueSent do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_SENT);
    }
    on eSpecQueueRead do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_READ);
    }
    on eSpecQueueRemoved do (obs: tQueueObservation) {
      ObserveQueue(obs, QUEUE_REMOVED);
    }
    on eSpecDatabaseInserted do (obs: tDatabaseObservation) {
      ObserveDatabase(obs);
    }
    on eSpecDelivered do (obs: tDeliveryObservation) {
      Observe(Stream(DESTINATION, "", REGION_1), false, REGION_1, obs.record);
    }
    on eSpecRecordSet do {
      assert false, "the record set was given twice";
    }
  }

  fun ObserveQueue(obs: tQueueObservation, operation: tStreamKind) {
    Observe(Stream(operation, obs.queue, REGION_1), true, obs.region, obs.record);
  }

  // Writes from containers make up the global database's history; the regional
  // databases also count the copies made by replication.
  fun ObserveDatabase(obs: tDatabaseObservation) {
    if (!obs.replicated) {
      Observe(Stream(GLOBAL_DATABASE, obs.database, REGION_1), true, obs.region, obs.record);
    }
    Observe(Stream(REGIONAL_DATABASE, obs.database, obs.region), true, obs.region, obs.record);
  }

  // inRegion/region: where the observation was made, for the message.
  fun Observe(stream: tStream, inRegion: bool, region: tRegion, record: tRecord) {
    var last, next: int;
    next = 0;
    if (stream in lastSeen) {
      last = lastSeen[stream];
      if (published[last] == record) {
        return;
      }
      next = last + 1;
    }
    assert next < sizeof(published),
      format("{0}{1} saw record {2} after the last published record {3}",
        StreamName(stream), Where(inRegion, region), record.recordId,
        published[sizeof(published) - 1].recordId);
    assert record.recordId == published[next].recordId,
      format("{0}{1} saw record {2} but expected record {3}",
        StreamName(stream), Where(inRegion, region), record.recordId, published[next].recordId);
    assert record == published[next],
      format("{0}{1} saw record {2} with value {3} but it was published with value {4}",
        StreamName(stream), Where(inRegion, region), record.recordId, record.recordValue,
        published[next].recordValue);
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

fun Stream(kind: tStreamKind, name: string, region: tRegion): tStream {
  return (kind = kind, name = name, region = region);
}

// How a stream is named in failure messages.
fun StreamName(stream: tStream): string {
  if (stream.kind == QUEUE_SENT) {
    return format("queue {0} (sent)", stream.name);
  }
  if (stream.kind == QUEUE_READ) {
    return format("queue {0} (read)", stream.name);
  }
  if (stream.kind == QUEUE_REMOVED) {
    return format("queue {0} (removed)", stream.name);
  }
  if (stream.kind == GLOBAL_DATABASE) {
    return format("database {0}", stream.name);
  }
  if (stream.kind == REGIONAL_DATABASE) {
    return format("database {0} in {1}", stream.name, RegionName(stream.region));
  }
  return "record destination";
}

fun Where(inRegion: bool, region: tRegion): string {
  if (inRegion) {
    return format(" (in {0})", RegionName(region));
  }
  return "";
}
