// What the components tell the spec. They are announced (not sent), so the
// spec sees each operation exactly when it takes effect, and failed attempts
// are never reported as progress.

type tRecordSet = (records: seq[tRecord]);

type tQueueObservation = (queue: string, region: tRegion, record: tRecord);

// replicated: the insert came from the other region's replication stream
// rather than from a container's write.
type tDatabaseObservation = (database: string, region: tRegion, record: tRecord, replicated: bool);

type tDeliveryObservation = (record: tRecord);

event eSpecRecordSet: tRecordSet;
event eSpecQueueSent: tQueueObservation;
event eSpecQueueRead: tQueueObservation;
event eSpecQueueRemoved: tQueueObservation;
event eSpecDatabaseInserted: tDatabaseObservation;
event eSpecDelivered: tDeliveryObservation;
