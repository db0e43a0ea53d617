// Writes to a global database and the replication traffic between its two
// regional databases.

type tDbWriteReq = (caller: machine, reqId: int, record: tRecord);
type tDbWriteResp = (reqId: int, status: tOpStatus);

event eDbWriteReq: tDbWriteReq;
event eDbWriteResp: tDbWriteResp;

// From a regional database to the replicator, for each record it accepted
// from a writer.
type tReplicationSource = (record: tRecord, origin: tRegion);
event eReplicate: tReplicationSource;

type tReplicaWriteReq = (replicator: machine, record: tRecord);
type tReplicaWriteResp = (recordId: int, status: tOpStatus);

event eDbReplicaWriteReq: tReplicaWriteReq;
event eDbReplicaWriteResp: tReplicaWriteResp;

event eReplicatorConfig: (databases: map[tRegion, machine]);

// Answered once every accepted write has reached the other region: a switch
// must not promote a region that is missing records.
event eReplicatorDrainReq: (requester: machine);
event eReplicatorDrained;
