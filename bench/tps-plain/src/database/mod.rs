//! A global database (`PSrc/AuroraGlobalDatabase.p`): a regional database in
//! each region (`PSrc/RegionalDatabase.p`) and an asynchronous replicator
//! between them (`PSrc/DatabaseReplicator.p`).

mod global;
mod regional;
mod replicator;

pub use global::GlobalDatabase;
pub use regional::RegionalDatabase;
pub use replicator::Replicator;
