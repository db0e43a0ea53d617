//! What the components announce to the spec (`PSpec/Observations.p`).
//!
//! The spec monitor itself is not simulated: [`crate::run_failover`] builds
//! none of these; [`crate::run_failover_observed`] records them so that a
//! test can check, after the run, what `ActivePassiveIsSafeAndLive` checks
//! during it.

use crate::types::{Record, Region};

/// One announce of the model, with its payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Observation {
    /// `eSpecRecordSet`: every record of every batch, in publication order.
    RecordSet(Vec<Record>),
    /// `eSpecQueueSent`: a queue appended a record.
    QueueSent {
        queue: &'static str,
        region: Region,
        record: Record,
    },
    /// `eSpecQueueRead`: a queue handed its head record to a reader.
    QueueRead {
        queue: &'static str,
        region: Region,
        record: Record,
    },
    /// `eSpecQueueRemoved`: a queue removed its head record.
    QueueRemoved {
        queue: &'static str,
        region: Region,
        record: Record,
    },
    /// `eSpecDatabaseInserted`: a regional database stored a record, written
    /// by a container or copied by replication (`replicated`).
    DatabaseInserted {
        database: &'static str,
        region: Region,
        record: Record,
        replicated: bool,
    },
    /// `eSpecDelivered`: the destination counted a record.
    Delivered(Record),
}
