// The queue's data plane. Every request names its caller: the answer goes
// straight back to it, even when a DNS forwarded the request.

// reqId is chosen by the caller and echoed in the answer, so that a caller
// can drop answers to requests it abandoned after a failure.
type tQueueSendReq = (caller: machine, reqId: int, record: tRecord);
type tQueueSendResp = (reqId: int, status: tOpStatus);

// Answered when the queue has a head record, which may be much later; the
// head is handed over but stays in the queue until it is removed.
type tQueueReceiveReq = (caller: machine, reqId: int);
type tQueueReceiveResp = (reqId: int, status: tOpStatus, record: tRecord);

// Removes the head only if it is still the named record, so a repeated
// remove cannot drop a record that was never handed out.
type tQueueRemoveReq = (caller: machine, reqId: int, recordId: int);
type tQueueRemoveResp = (reqId: int, status: tOpStatus);

type tQueueDepthReq = (caller: machine, reqId: int);
type tQueueDepthResp = (reqId: int, status: tOpStatus, depth: int);

event eQueueSendReq: tQueueSendReq;
event eQueueSendResp: tQueueSendResp;
event eQueueReceiveReq: tQueueReceiveReq;
event eQueueReceiveResp: tQueueReceiveResp;
event eQueueRemoveReq: tQueueRemoveReq;
event eQueueRemoveResp: tQueueRemoveResp;
event eQueueDepthReq: tQueueDepthReq;
event eQueueDepthResp: tQueueDepthResp;

// Sent by a DNS to the readers it has served when it changes region: a
// receive parked at the old region's queue will never be answered.
event eRegionSwitched: (dns: string);
