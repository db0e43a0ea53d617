//! The run does the whole test as the checker runs it: same step count, and
//! an end state and observation history that `ActivePassiveIsSafeAndLive`
//! accepts (checked here after the run, with the spec's own rules).

use std::collections::{HashMap, HashSet};
use tps_plain::observe::Observation;
use tps_plain::types::{QUEUE_NAMES, Record, Region, STAGE_NAMES};
use tps_plain::{CHECKER_STEPS_PER_SCHEDULE, RunStats, run_failover, run_failover_observed};

/// The spec `PSpec/ActivePassiveIsSafeAndLive.p`, fed after the run.
struct Spec {
    published: Vec<Record>,
    /// Per stream, the position in `published` of the last record seen.
    last_seen: HashMap<String, usize>,
    unfinished: HashSet<String>,
}

impl Spec {
    fn new(published: Vec<Record>) -> Spec {
        let mut unfinished = HashSet::new();
        for name in QUEUE_NAMES {
            for op in ["sent", "read", "removed"] {
                unfinished.insert(format!("queue {name} ({op})"));
            }
        }
        for name in STAGE_NAMES {
            unfinished.insert(format!("database {name}"));
            for region in Region::ALL {
                unfinished.insert(format!("database {name} in {}", region.name()));
            }
        }
        unfinished.insert("record destination".to_owned());
        Spec {
            published,
            last_seen: HashMap::new(),
            unfinished,
        }
    }

    /// `Observe(stream, where, record)`: the next record, or the last one again.
    fn observe(&mut self, stream: String, region: Region, record: Record) -> Result<(), String> {
        let next = match self.last_seen.get(&stream) {
            Some(&last) if self.published[last] == record => return Ok(()),
            Some(&last) => last + 1,
            None => 0,
        };
        let at = region.name();
        match self.published.get(next) {
            None => Err(format!(
                "{stream} (in {at}) saw record {} after the last one",
                record.id
            )),
            Some(expected) if *expected != record => Err(format!(
                "{stream} (in {at}) saw record {} but expected record {}",
                record.id, expected.id
            )),
            Some(_) => {
                self.last_seen.insert(stream.clone(), next);
                if next == self.published.len() - 1 {
                    self.unfinished.remove(&stream);
                }
                Ok(())
            }
        }
    }

    /// Runs the spec over a whole history: `Err` on a safety violation or
    /// when it ends hot (some stream has not seen every record).
    fn check(observations: &[Observation]) -> Result<(), String> {
        let [Observation::RecordSet(records), rest @ ..] = observations else {
            return Err("the history does not start with the record set".to_owned());
        };
        let mut spec = Spec::new(records.clone());
        for obs in rest {
            match obs {
                Observation::RecordSet(_) => return Err("the record set was given twice".into()),
                Observation::QueueSent {
                    queue,
                    region,
                    record,
                } => spec.observe(format!("queue {queue} (sent)"), *region, *record)?,
                Observation::QueueRead {
                    queue,
                    region,
                    record,
                } => spec.observe(format!("queue {queue} (read)"), *region, *record)?,
                Observation::QueueRemoved {
                    queue,
                    region,
                    record,
                } => spec.observe(format!("queue {queue} (removed)"), *region, *record)?,
                Observation::DatabaseInserted {
                    database,
                    region,
                    record,
                    replicated,
                } => {
                    if !replicated {
                        spec.observe(format!("database {database}"), *region, *record)?;
                    }
                    let stream = format!("database {database} in {}", region.name());
                    spec.observe(stream, *region, *record)?;
                }
                Observation::Delivered(record) => {
                    spec.observe("record destination".to_owned(), Region::One, *record)?
                }
            }
        }
        if spec.unfinished.is_empty() {
            Ok(())
        } else {
            let mut hot: Vec<_> = spec.unfinished.into_iter().collect();
            hot.sort();
            Err(format!("still hot at the end: {}", hot.join(", ")))
        }
    }
}

#[test]
fn step_count_is_the_checkers() {
    let stats = run_failover();
    assert_eq!(stats.steps, CHECKER_STEPS_PER_SCHEDULE, "{stats:#?}");
    assert_eq!(
        stats.steps,
        stats.starts + stats.creations + stats.sends + stats.dequeues + stats.choices
    );
    // 49 machines, 48 of them made by `new`; 30 `choose(100)`.
    assert_eq!((stats.starts, stats.creations, stats.choices), (49, 48, 30));
    // Every event sent is handled (none is ignored, none is left over).
    assert_eq!(stats.sends, stats.dequeues);
}

#[test]
fn the_whole_test_runs_to_completion() {
    let stats = run_failover();
    let expected = RunStats {
        delivered: 30,
        last_delivered_id: 30,
        // Batch 1 in region 1, batches 2 and 3 in region 2, through 6 queues.
        queue_arrivals: [6 * 10, 6 * 20],
        records_left_in_queues: 0,
        // Each regional database holds all 30 records (written or replicated).
        database_rows: [5 * 30, 5 * 30],
        active_region: Some(Region::Two),
        driver_finished: true,
        ..stats
    };
    assert_eq!(stats, expected);
}

#[test]
fn the_spec_accepts_the_run() {
    let (stats, observations) = run_failover_observed();
    Spec::check(&observations).unwrap();
    let Observation::RecordSet(records) = &observations[0] else {
        panic!("no record set first");
    };
    let ids: Vec<i64> = records.iter().map(|r| r.id).collect();
    assert_eq!(ids, (1..=30).collect::<Vec<_>>());
    assert!(records.iter().all(|r| (0..100).contains(&r.value)));
    let delivered: Vec<Record> = observations
        .iter()
        .filter_map(|o| match o {
            Observation::Delivered(r) => Some(*r),
            _ => None,
        })
        .collect();
    assert_eq!(
        &delivered, records,
        "the destination gets every record in order"
    );
    // Observing is only recording: the run is the same.
    assert_eq!(stats, run_failover());
}

#[test]
fn the_spec_check_finds_a_reordering_and_a_missing_record() {
    let (_, observations) = run_failover_observed();
    let delivered: Vec<usize> = observations
        .iter()
        .enumerate()
        .filter(|(_, o)| matches!(o, Observation::Delivered(_)))
        .map(|(i, _)| i)
        .collect();

    let mut swapped = observations.clone();
    swapped.swap(delivered[3], delivered[4]);
    let err = Spec::check(&swapped).unwrap_err();
    assert!(err.contains("record destination"), "{err}");

    let mut missing = observations.clone();
    missing.remove(delivered[29]);
    let err = Spec::check(&missing).unwrap_err();
    assert_eq!(err, "still hot at the end: record destination");
}

#[test]
fn every_run_is_the_same() {
    let (a, obs_a) = run_failover_observed();
    let (b, obs_b) = run_failover_observed();
    assert_eq!(a, b);
    assert_eq!(obs_a, obs_b);
}
