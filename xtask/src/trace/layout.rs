//! From trace entries to a message sequence chart: lifelines (one per
//! machine, spec monitors first), rows (one per thing drawn, with each send
//! paired with the dequeue that delivered it) and folds (long runs of
//! identical rows shown as one "× N" row).

use super::model::{Entry, Event, Trace};
use super::value;
use std::collections::{HashMap, HashSet};

/// A lifeline's index in [`Layout::lanes`].
pub type LaneId = usize;
/// A row's index in [`Layout::rows`].
pub type RowId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneKind {
    Machine,
    Monitor,
}

/// One lifeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// The name the trace uses: `Queue(10)`, or a monitor's name.
    pub id: String,
    /// The machine type (a monitor's name for a monitor).
    pub kind_name: String,
    /// What the payloads call it (`inbound, region:1`), when they do.
    pub descriptor: Option<String>,
    /// The column heading: `Queue(inbound, region:1)#10`, `Queue#10`, or
    /// the monitor's name.
    pub label: String,
    /// The compact name used in row texts: `Queue#10`.
    pub short: String,
    pub kind: LaneKind,
}

/// What became of a send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Dequeued (or received) at that row.
    Delivered(RowId),
    /// Dropped at that row: the target had halted.
    Dropped(RowId),
    /// Still in the target's inbox when the trace ends.
    Never,
}

/// What a row draws.
#[derive(Clone, Debug, PartialEq)]
pub enum RowKind {
    /// `creator` created `lane`, which started in `initial`.
    Create {
        lane: LaneId,
        creator: Option<LaneId>,
        initial: Option<String>,
        payload: Option<String>,
    },
    /// A state change: an exit, an entry, or both (a transition).
    State {
        lane: LaneId,
        exit: Option<String>,
        enter: Option<String>,
    },
    /// The send itself, on the sender's lifeline; its arrow is drawn at the
    /// delivery (or to a "not delivered" marker here when there is none).
    Send {
        from: LaneId,
        to: LaneId,
        state: String,
        event: String,
        payload: Option<String>,
        delivery: Delivery,
    },
    /// A dequeue or `receive`: the message arrow from sender to receiver.
    Deliver {
        /// The sender, when a matching send is in the trace.
        from: Option<LaneId>,
        to: LaneId,
        state: String,
        event: String,
        payload: Option<String>,
        /// A `receive` statement rather than a dequeue by a handler.
        receive: bool,
        sent: Option<RowId>,
    },
    /// A send dropped because its target had halted.
    Dropped {
        from: Option<LaneId>,
        to: LaneId,
        event: String,
        sent: Option<RowId>,
    },
    WaitReceive {
        lane: LaneId,
        events: Vec<String>,
    },
    Raise {
        lane: LaneId,
        state: String,
        event: String,
    },
    Announce {
        from: LaneId,
        event: String,
        payload: Option<String>,
    },
    /// A monitor processed an event that is not the row just before.
    MonitorProcess {
        lane: LaneId,
        state: String,
        event: String,
    },
    MonitorEnter {
        lane: LaneId,
        state: String,
        hot: bool,
    },
    Print {
        lane: LaneId,
        text: String,
    },
    Choice {
        lane: LaneId,
        value: String,
    },
    Halt {
        lane: LaneId,
        dropped: usize,
    },
    Error {
        lane: Option<LaneId>,
        kind: String,
        message: String,
        loc: Option<String>,
    },
    /// An entry type this viewer does not know.
    Other,
}

/// One row of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The index of its (first) trace entry.
    pub entry: usize,
    pub step: u64,
    pub kind: RowKind,
    /// Monitors that observed this row's send or announce, with the state
    /// each was in.
    pub observers: Vec<(LaneId, String)>,
}

/// A top-level element of the chart, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Row(RowId),
    /// `repeats` repetitions of the `period` rows from `start` (all of them
    /// identical up to payloads), shown collapsed.
    Fold {
        start: RowId,
        period: usize,
        repeats: usize,
    },
}

/// Where the bug happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorSite {
    /// The error row (none for a trace whose entries lack it).
    pub row: Option<RowId>,
    /// The machine or monitor the bug is in (for a bug that names none,
    /// as a deadlock, the first machine its message names).
    pub lane: Option<LaneId>,
    /// What led to it, for a bug in a monitor.
    pub cause: Option<Cause>,
}

/// What led to a monitor's bug.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// The send or announce the monitor was processing (an assertion),
    /// and the machine that sent or announced it.
    Processing { row: RowId, from: Option<LaneId> },
    /// The monitor's entry into the hot state it never left (liveness).
    HotSince { row: RowId },
}

impl Cause {
    pub fn row(self) -> RowId {
        match self {
            Cause::Processing { row, .. } | Cause::HotSince { row } => row,
        }
    }
}

/// The laid-out chart.
#[derive(Clone, Debug)]
pub struct Layout {
    pub lanes: Vec<Lane>,
    pub rows: Vec<Row>,
    pub items: Vec<Item>,
    pub error: Option<ErrorSite>,
}

/// Record fields that qualify a name (`inbound` in two regions).
const QUALIFIERS: &[&str] = &["region", "zone", "shard", "partition", "replica"];
/// The longest repeated block folded, in rows.
pub const MAX_PERIOD: usize = 6;
/// The fewest repetitions folded.
pub const MIN_REPEATS: usize = 3;

/// Splits `Queue(10)` into `("Queue", Some("10"))`.
pub fn split_id(id: &str) -> (&str, Option<&str>) {
    let parsed = id.rfind('(').filter(|&open| open > 0).and_then(|open| {
        let num = id[open + 1..].strip_suffix(')')?;
        let digits = !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit());
        digits.then_some((&id[..open], Some(num)))
    });
    parsed.unwrap_or((id, None))
}

/// `name` (or `queue` in a `Queue`'s payload) plus qualifiers, from a
/// printed record's fields.
fn descriptor_from(fields: &[(&str, &str)], name_key: &str) -> Option<String> {
    let (_, name) = fields.iter().find(|(k, _)| *k == name_key)?;
    if !value::is_scalar(name) {
        return None;
    }
    let mut d = (*name).to_owned();
    for q in QUALIFIERS {
        let qualifier = fields.iter().find(|(k, v)| k == q && value::is_scalar(v));
        if let Some((_, v)) = qualifier {
            d.push_str(&format!(", {q}:{v}"));
        }
    }
    Some(d)
}

/// A field naming the machine itself in a payload it announces: `name`, or
/// a field named after (the end of) its type, as `queue` in `Queue` or
/// `database` in `RegionalDatabase`.
fn self_descriptor(kind_name: &str, payload: &str) -> Option<String> {
    let fields = value::fields(payload)?;
    let lower = kind_name.to_ascii_lowercase();
    let key = fields
        .iter()
        .map(|(k, _)| *k)
        .find(|k| *k == "name" || (k.len() >= 3 && lower.ends_with(&k.to_ascii_lowercase())))?;
    descriptor_from(&fields, key)
}

/// The `name` of a record under a `target` field anywhere in a payload the
/// machine received (a control request addressed to it by name).
fn target_name(payload: &str) -> Option<String> {
    let fields = value::fields(payload)?;
    let here = fields
        .iter()
        .filter(|(k, _)| *k == "target")
        .find_map(|(_, v)| value::field(v, "name").filter(|n| value::is_scalar(n)));
    if let Some(n) = here {
        return Some(n.to_owned());
    }
    fields.iter().find_map(|(_, v)| target_name(v))
}

/// The only value of a non-empty set, if it has just one.
fn unique(values: Option<&HashSet<String>>) -> Option<String> {
    match values {
        Some(s) if s.len() == 1 => s.iter().next().cloned(),
        _ => None,
    }
}

/// What the payloads call each machine: the creation payload's `name` when
/// the trace has it; else the name it gives itself in what it announces;
/// else the name the (control) requests it receives address it by, leaving
/// out those it passes on. A source that names a machine inconsistently is
/// not used.
pub fn machine_descriptors(entries: &[Entry]) -> HashMap<String, String> {
    let mut created = HashMap::new();
    let mut announced: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut addressed: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut forwarded: HashMap<&str, HashSet<String>> = HashMap::new();
    for e in entries {
        match &e.event {
            Event::Create {
                machine,
                payload: Some(p),
                ..
            } => {
                if let Some(d) = value::fields(p).and_then(|f| descriptor_from(&f, "name")) {
                    created.insert(machine.clone(), d);
                }
            }
            Event::Announce {
                machine,
                payload: Some(p),
                ..
            } => {
                if let Some(d) = self_descriptor(split_id(machine).0, p) {
                    announced.entry(machine).or_default().insert(d);
                }
            }
            Event::Send {
                sender,
                payload: Some(p),
                ..
            } => {
                if let Some(n) = target_name(p) {
                    forwarded.entry(sender).or_default().insert(n);
                }
            }
            Event::Dequeue {
                machine,
                payload: Some(p),
                ..
            }
            | Event::Receive {
                machine,
                payload: Some(p),
                ..
            } => {
                if let Some(n) = target_name(p) {
                    addressed.entry(machine).or_default().insert(n);
                }
            }
            _ => {}
        }
    }
    let mut out = created;
    for (m, d) in &announced {
        if let (false, Some(d)) = (out.contains_key(*m), unique(Some(d))) {
            out.insert((*m).to_owned(), d);
        }
    }
    for (m, d) in &mut addressed {
        // A request a machine passes on was not addressed to it.
        if let Some(f) = forwarded.get(m) {
            d.retain(|n| !f.contains(n));
        }
        if let (false, Some(d)) = (out.contains_key(*m), unique(Some(d))) {
            out.insert((*m).to_owned(), d);
        }
    }
    out
}

fn make_lane(id: &str, kind: LaneKind, descriptor: Option<String>) -> Lane {
    let (kind_name, num) = split_id(id);
    let (label, short) = match (kind, num) {
        (LaneKind::Machine, Some(n)) => (
            match &descriptor {
                Some(d) => format!("{kind_name}({d})#{n}"),
                None => format!("{kind_name}#{n}"),
            },
            format!("{kind_name}#{n}"),
        ),
        _ => (id.to_owned(), id.to_owned()),
    };
    Lane {
        id: id.to_owned(),
        kind_name: kind_name.to_owned(),
        descriptor,
        label,
        short,
        kind,
    }
}

/// The machines and monitors an entry names, monitors flagged.
fn names_in(e: &Event) -> Vec<(&str, bool)> {
    match e {
        Event::Create {
            machine, creator, ..
        } => {
            let mut v = vec![];
            if let Some(c) = creator {
                v.push((c.as_str(), false));
            }
            v.push((machine.as_str(), false));
            v
        }
        Event::Send { sender, target, .. } => vec![(sender, false), (target, false)],
        Event::Dropped { target, .. } => vec![(target, false)],
        Event::Enter { machine, .. }
        | Event::Exit { machine, .. }
        | Event::Dequeue { machine, .. }
        | Event::Receive { machine, .. }
        | Event::WaitReceive { machine, .. }
        | Event::Raise { machine, .. }
        | Event::Announce { machine, .. }
        | Event::Print { machine, .. }
        | Event::Choice { machine, .. }
        | Event::Halt { machine, .. } => vec![(machine, false)],
        Event::MonitorProcess { monitor, .. } | Event::MonitorEnter { monitor, .. } => {
            vec![(monitor, true)]
        }
        Event::Error { bug } => bug.machine.iter().map(|m| (m.as_str(), false)).collect(),
        Event::Other => vec![],
    }
}

/// The lifelines: spec monitors first, then machines, each in order of
/// first appearance.
pub fn lanes(trace: &Trace) -> Vec<Lane> {
    let descriptors = machine_descriptors(&trace.entries);
    let mut monitors: Vec<&str> = Vec::new();
    let mut machines: Vec<&str> = Vec::new();
    for e in &trace.entries {
        for (name, monitor) in names_in(&e.event) {
            if monitor && !monitors.contains(&name) {
                monitors.push(name);
            }
        }
    }
    let extra = trace.bug.as_ref().and_then(|b| b.machine.as_deref());
    let named = trace.entries.iter().flat_map(|e| names_in(&e.event));
    for (name, _) in named.chain(extra.map(|m| (m, false))) {
        if !monitors.contains(&name) && !machines.contains(&name) {
            machines.push(name);
        }
    }
    monitors
        .iter()
        .map(|m| make_lane(m, LaneKind::Monitor, None))
        .chain(
            machines
                .iter()
                .map(|m| make_lane(m, LaneKind::Machine, descriptors.get(*m).cloned())),
        )
        .collect()
}

struct Builder {
    lanes: Vec<Lane>,
    index: HashMap<String, LaneId>,
    rows: Vec<Row>,
    /// Sends not yet delivered, per target, in send order.
    pending: HashMap<LaneId, Vec<RowId>>,
    /// The last send or announce, which monitors may be observing.
    observable: Option<RowId>,
}

impl Builder {
    fn lane(&mut self, id: &str) -> LaneId {
        if let Some(&l) = self.index.get(id) {
            return l;
        }
        let l = self.lanes.len();
        self.lanes.push(make_lane(id, LaneKind::Machine, None));
        self.index.insert(id.to_owned(), l);
        l
    }

    fn push(&mut self, entry: usize, step: u64, kind: RowKind) -> RowId {
        self.rows.push(Row {
            entry,
            step,
            kind,
            observers: Vec::new(),
        });
        self.rows.len() - 1
    }

    fn send_fields(&self, r: RowId) -> (LaneId, &str, Option<&str>) {
        match &self.rows[r].kind {
            RowKind::Send {
                from,
                event,
                payload,
                ..
            } => (*from, event, payload.as_deref()),
            _ => unreachable!("pending holds send rows"),
        }
    }

    /// The pending send a delivery of `event` (with `payload`) to `to`
    /// takes: messages between one sender and one target stay in order, so
    /// only each sender's oldest pending send of the event is a candidate;
    /// among those, the first with the same payload, else the oldest.
    fn take_delivered(&mut self, to: LaneId, event: &str, payload: Option<&str>) -> Option<RowId> {
        let pending = self.pending.get(&to)?;
        let mut seen = HashSet::new();
        let mut heads = Vec::new();
        for (i, &r) in pending.iter().enumerate() {
            let (from, e, _) = self.send_fields(r);
            if e == event && seen.insert(from) {
                heads.push(i);
            }
        }
        let pick = heads
            .iter()
            .copied()
            .find(|&i| self.send_fields(pending[i]).2 == payload)
            .or(heads.first().copied())?;
        Some(self.pending.get_mut(&to)?.remove(pick))
    }

    /// The pending send a drop belongs to: the latest of that event to that
    /// target (a send is dropped when it is enqueued, right after it).
    fn take_dropped(&mut self, to: LaneId, event: &str) -> Option<RowId> {
        let pending = self.pending.get(&to)?;
        let i = pending
            .iter()
            .rposition(|&r| self.send_fields(r).1 == event)?;
        Some(self.pending.get_mut(&to)?.remove(i))
    }

    fn set_delivery(&mut self, send: RowId, d: Delivery) {
        if let RowKind::Send { delivery, .. } = &mut self.rows[send].kind {
            *delivery = d;
        }
    }

    fn entry(&mut self, i: usize, e: &Entry) {
        let step = e.step;
        let last = self.rows.len().checked_sub(1);
        match &e.event {
            Event::Create {
                machine,
                creator,
                payload,
            } => {
                let lane = self.lane(machine);
                let creator = creator.as_deref().map(|c| self.lane(c));
                self.push(
                    i,
                    step,
                    RowKind::Create {
                        lane,
                        creator,
                        initial: None,
                        payload: payload.clone(),
                    },
                );
            }
            Event::Enter { machine, state } => {
                let lane = self.lane(machine);
                if let Some(l) = last {
                    match &mut self.rows[l].kind {
                        RowKind::Create {
                            lane: c,
                            initial: initial @ None,
                            ..
                        } if *c == lane => {
                            *initial = Some(state.clone());
                            return;
                        }
                        RowKind::State {
                            lane: c,
                            exit: Some(_),
                            enter: enter @ None,
                        } if *c == lane => {
                            *enter = Some(state.clone());
                            return;
                        }
                        _ => {}
                    }
                }
                self.push(
                    i,
                    step,
                    RowKind::State {
                        lane,
                        exit: None,
                        enter: Some(state.clone()),
                    },
                );
            }
            Event::Exit { machine, state } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::State {
                        lane,
                        exit: Some(state.clone()),
                        enter: None,
                    },
                );
            }
            Event::Send {
                sender,
                state,
                target,
                event,
                payload,
            } => {
                let (from, to) = (self.lane(sender), self.lane(target));
                let r = self.push(
                    i,
                    step,
                    RowKind::Send {
                        from,
                        to,
                        state: state.clone(),
                        event: event.clone(),
                        payload: payload.clone(),
                        delivery: Delivery::Never,
                    },
                );
                self.pending.entry(to).or_default().push(r);
                self.observable = Some(r);
            }
            Event::Dropped { target, event } => {
                let to = self.lane(target);
                let sent = self.take_dropped(to, event);
                let from = sent.map(|s| self.send_fields(s).0);
                let r = self.push(
                    i,
                    step,
                    RowKind::Dropped {
                        from,
                        to,
                        event: event.clone(),
                        sent,
                    },
                );
                if let Some(s) = sent {
                    self.set_delivery(s, Delivery::Dropped(r));
                }
            }
            Event::Dequeue {
                machine,
                state,
                event,
                payload,
            }
            | Event::Receive {
                machine,
                state,
                event,
                payload,
            } => {
                let to = self.lane(machine);
                let sent = self.take_delivered(to, event, payload.as_deref());
                let from = sent.map(|s| self.send_fields(s).0);
                let r = self.push(
                    i,
                    step,
                    RowKind::Deliver {
                        from,
                        to,
                        state: state.clone(),
                        event: event.clone(),
                        payload: payload.clone(),
                        receive: matches!(e.event, Event::Receive { .. }),
                        sent,
                    },
                );
                if let Some(s) = sent {
                    self.set_delivery(s, Delivery::Delivered(r));
                }
            }
            Event::WaitReceive { machine, events } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::WaitReceive {
                        lane,
                        events: events.clone(),
                    },
                );
            }
            Event::Raise {
                machine,
                state,
                event,
            } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::Raise {
                        lane,
                        state: state.clone(),
                        event: event.clone(),
                    },
                );
            }
            Event::Announce {
                machine,
                event,
                payload,
            } => {
                let from = self.lane(machine);
                let r = self.push(
                    i,
                    step,
                    RowKind::Announce {
                        from,
                        event: event.clone(),
                        payload: payload.clone(),
                    },
                );
                self.observable = Some(r);
            }
            Event::MonitorProcess {
                monitor,
                state,
                event,
            } => {
                let lane = self.lane(monitor);
                let observed = self.observable.filter(|&r| {
                    self.rows[r].step == step
                        && matches!(&self.rows[r].kind,
                            RowKind::Send { event: e, .. } | RowKind::Announce { event: e, .. } if e == event)
                });
                if let Some(r) = observed {
                    self.rows[r].observers.push((lane, state.clone()));
                    return;
                }
                self.push(
                    i,
                    step,
                    RowKind::MonitorProcess {
                        lane,
                        state: state.clone(),
                        event: event.clone(),
                    },
                );
            }
            Event::MonitorEnter {
                monitor,
                state,
                hot,
            } => {
                let lane = self.lane(monitor);
                self.push(
                    i,
                    step,
                    RowKind::MonitorEnter {
                        lane,
                        state: state.clone(),
                        hot: *hot,
                    },
                );
            }
            Event::Print { machine, text } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::Print {
                        lane,
                        text: text.clone(),
                    },
                );
            }
            Event::Choice { machine, value } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::Choice {
                        lane,
                        value: value.clone(),
                    },
                );
            }
            Event::Halt { machine, dropped } => {
                let lane = self.lane(machine);
                self.push(
                    i,
                    step,
                    RowKind::Halt {
                        lane,
                        dropped: *dropped,
                    },
                );
            }
            Event::Error { bug } => {
                let lane = bug.machine.as_deref().map(|m| self.lane(m));
                self.push(
                    i,
                    step,
                    RowKind::Error {
                        lane,
                        kind: bug.kind.clone(),
                        message: bug.message.clone(),
                        loc: bug.loc.clone(),
                    },
                );
            }
            Event::Other => {
                self.push(i, step, RowKind::Other);
            }
        }
    }
}

/// Lays out a trace.
pub fn build(trace: &Trace) -> Layout {
    let lanes = lanes(trace);
    let index = lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.clone(), i))
        .collect();
    let mut b = Builder {
        lanes,
        index,
        rows: Vec::new(),
        pending: HashMap::new(),
        observable: None,
    };
    for (i, e) in trace.entries.iter().enumerate() {
        b.entry(i, e);
    }
    let error = error_site(&b, trace);
    let mut pinned = HashSet::new();
    if let Some(site) = &error {
        pinned.extend(site.row);
        pinned.extend(site.cause.map(Cause::row));
    }
    let keys: Vec<Option<String>> = b
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if pinned.contains(&i) {
                None
            } else {
                fold_key(r)
            }
        })
        .collect();
    let items = fold(&keys, MAX_PERIOD, MIN_REPEATS);
    Layout {
        lanes: b.lanes,
        rows: b.rows,
        items,
        error,
    }
}

fn error_site(b: &Builder, trace: &Trace) -> Option<ErrorSite> {
    let row = b
        .rows
        .iter()
        .position(|r| matches!(r.kind, RowKind::Error { .. }));
    let (named, message, kind) = match row.map(|r| &b.rows[r].kind) {
        Some(RowKind::Error {
            lane,
            message,
            kind,
            ..
        }) => (*lane, message.as_str(), kind.as_str()),
        _ => {
            let bug = trace.bug.as_ref()?;
            let lane = bug.machine.as_deref().and_then(|m| b.index.get(m).copied());
            (lane, bug.message.as_str(), bug.kind.as_str())
        }
    };
    let lane = named.or_else(|| {
        // The machine the message names first (`Main(1) is waiting ...`).
        b.lanes
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == LaneKind::Machine)
            .filter_map(|(i, l)| message.find(&l.id).map(|at| (at, i)))
            .min()
            .map(|(_, i)| i)
    });
    let cause = match (row, lane) {
        (Some(r), Some(l)) if b.lanes[l].kind == LaneKind::Monitor => {
            let before = || (0..r).rev().map(|i| (i, &b.rows[i]));
            if kind == "liveness" {
                before().find_map(|(i, row)| match row.kind {
                    RowKind::MonitorEnter {
                        lane, hot: true, ..
                    } if lane == l => Some(Cause::HotSince { row: i }),
                    _ => None,
                })
            } else {
                before().find_map(|(i, row)| match &row.kind {
                    RowKind::Send { from, .. } | RowKind::Announce { from, .. }
                        if row.observers.iter().any(|(m, _)| *m == l) =>
                    {
                        Some(Cause::Processing {
                            row: i,
                            from: Some(*from),
                        })
                    }
                    RowKind::MonitorProcess { lane, .. } if *lane == l => {
                        Some(Cause::Processing { row: i, from: None })
                    }
                    _ => None,
                })
            }
        }
        _ => None,
    };
    Some(ErrorSite { row, lane, cause })
}

/// What makes rows "identical" for folding: who, what kind and which event,
/// not payloads or chosen values. `None`: never folded.
pub fn fold_key(r: &Row) -> Option<String> {
    let observers: Vec<String> = r.observers.iter().map(|(l, _)| l.to_string()).collect();
    let obs = observers.join(",");
    Some(match &r.kind {
        RowKind::State { lane, exit, enter } => format!("state {lane} {exit:?} {enter:?}"),
        RowKind::Send {
            from,
            to,
            event,
            delivery,
            ..
        } => {
            let d = match delivery {
                Delivery::Delivered(_) => "d",
                Delivery::Dropped(_) => "x",
                Delivery::Never => "n",
            };
            format!("send {from} {to} {event} {d} {obs}")
        }
        RowKind::Deliver {
            from, to, event, ..
        } => format!("deliver {from:?} {to} {event}"),
        RowKind::Dropped {
            from, to, event, ..
        } => format!("dropped {from:?} {to} {event}"),
        RowKind::WaitReceive { lane, events } => format!("wait {lane} {events:?}"),
        RowKind::Raise { lane, event, .. } => format!("raise {lane} {event}"),
        RowKind::Announce { from, event, .. } => format!("announce {from} {event} {obs}"),
        RowKind::MonitorProcess { lane, event, .. } => format!("process {lane} {event}"),
        RowKind::Print { lane, text } => format!("print {lane} {text}"),
        RowKind::Choice { lane, .. } => format!("choice {lane}"),
        RowKind::Create { .. }
        | RowKind::MonitorEnter { .. }
        | RowKind::Halt { .. }
        | RowKind::Error { .. }
        | RowKind::Other => return None,
    })
}

/// Groups rows into folds: at each row, the block of at most `max_period`
/// rows repeated the most rows' worth (at least `min_repeats` times) is
/// folded; shorter blocks win ties. Rows with no key are never folded.
pub fn fold<K: PartialEq>(keys: &[Option<K>], max_period: usize, min_repeats: usize) -> Vec<Item> {
    let n = keys.len();
    let mut items = Vec::new();
    let mut i = 0;
    while i < n {
        let mut best: Option<(usize, usize)> = None; // (period, repeats)
        for p in 1..=max_period {
            if i + p > n || keys[i + p - 1].is_none() {
                break;
            }
            let mut r = 1;
            while i + (r + 1) * p <= n && (0..p).all(|k| keys[i + r * p + k] == keys[i + k]) {
                r += 1;
            }
            if r >= min_repeats && best.is_none_or(|(bp, br)| r * p > bp * br) {
                best = Some((p, r));
            }
        }
        match best {
            Some((period, repeats)) => {
                items.push(Item::Fold {
                    start: i,
                    period,
                    repeats,
                });
                i += period * repeats;
            }
            None => {
                items.push(Item::Row(i));
                i += 1;
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::super::model::{Bug, Entry, Event, Trace};
    use super::*;

    fn trace(entries: Vec<Event>) -> Trace {
        Trace {
            test: "t".into(),
            scheduler: "random".into(),
            seed: 1,
            steps: entries.len() as u64,
            bug: None,
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, event)| Entry {
                    step: i as u64,
                    event,
                })
                .collect(),
        }
    }

    fn create(m: &str, by: Option<&str>) -> Event {
        Event::Create {
            machine: m.into(),
            creator: by.map(Into::into),
            payload: None,
        }
    }

    fn send(from: &str, to: &str, event: &str, payload: &str) -> Event {
        Event::Send {
            sender: from.into(),
            state: "S".into(),
            target: to.into(),
            event: event.into(),
            payload: Some(payload.into()),
        }
    }

    fn dequeue(m: &str, event: &str, payload: &str) -> Event {
        Event::Dequeue {
            machine: m.into(),
            state: "S".into(),
            event: event.into(),
            payload: Some(payload.into()),
        }
    }

    fn announce(m: &str, event: &str, payload: &str) -> Event {
        Event::Announce {
            machine: m.into(),
            event: event.into(),
            payload: Some(payload.into()),
        }
    }

    fn labels(l: &Layout) -> Vec<&str> {
        l.lanes.iter().map(|l| l.label.as_str()).collect()
    }

    #[test]
    fn lifelines_are_named_from_what_the_machines_announce() {
        let t = trace(vec![
            Event::MonitorEnter {
                monitor: "Safety".into(),
                state: "Init".into(),
                hot: false,
            },
            create("Main(1)", None),
            create("Queue(2)", Some("Main(1)")),
            create("Queue(3)", Some("Main(1)")),
            create("RegionalDatabase(4)", Some("Main(1)")),
            create("Worker(5)", Some("Main(1)")),
            announce(
                "Queue(3)",
                "eSent",
                "<queue:inbound, region:1, record:<recordId:1, >, >",
            ),
            announce(
                "Queue(3)",
                "eRead",
                "<queue:inbound, region:1, record:<recordId:1, >, >",
            ),
            announce(
                "RegionalDatabase(4)",
                "eIns",
                "<database:core, region:0, replicated:False, >",
            ),
            // Names that disagree are not used.
            announce("Worker(5)", "eX", "<name:a, >"),
            announce("Worker(5)", "eX", "<name:b, >"),
        ]);
        let l = build(&t);
        assert_eq!(
            labels(&l),
            vec![
                "Safety",
                "Main#1",
                "Queue#2",
                "Queue(inbound, region:1)#3",
                "RegionalDatabase(core, region:0)#4",
                "Worker#5"
            ]
        );
        assert_eq!(l.lanes[0].kind, LaneKind::Monitor);
        assert_eq!(l.lanes[3].short, "Queue#3");
    }

    #[test]
    fn creation_payloads_and_control_targets_name_lifelines() {
        let t = trace(vec![
            create("Router(1)", None),
            Event::Create {
                machine: "Queue(2)".into(),
                creator: Some("Router(1)".into()),
                payload: Some("<name:outbound, region:0, >".into()),
            },
            create("Dns(3)", Some("Router(1)")),
            // The router gets requests for everyone: no name for it.
            send(
                "Router(1)",
                "Router(1)",
                "eControlReq",
                "<control:<target:<kind:0, name:in-dns, region:0, >, >, >",
            ),
            dequeue(
                "Router(1)",
                "eControlReq",
                "<control:<target:<kind:0, name:in-dns, region:0, >, >, >",
            ),
            send(
                "Router(1)",
                "Router(1)",
                "eControlReq",
                "<control:<target:<kind:0, name:outbound, region:0, >, >, >",
            ),
            dequeue(
                "Router(1)",
                "eControlReq",
                "<control:<target:<kind:0, name:outbound, region:0, >, >, >",
            ),
            send(
                "Router(1)",
                "Dns(3)",
                "eControlReq",
                "<control:<target:<kind:2, name:in-dns, region:0, >, >, >",
            ),
            // A forwarder is not what it forwards to.
            dequeue(
                "Fwd(4)",
                "eControlReq",
                "<control:<target:<kind:2, name:in-dns, region:0, >, >, >",
            ),
            send(
                "Fwd(4)",
                "Dns(3)",
                "eControlReq",
                "<control:<target:<kind:2, name:in-dns, region:0, >, >, >",
            ),
            dequeue(
                "Dns(3)",
                "eControlReq",
                "<control:<target:<kind:2, name:in-dns, region:0, >, >, >",
            ),
        ]);
        assert_eq!(
            labels(&build(&t)),
            vec![
                "Router#1",
                "Queue(outbound, region:0)#2",
                "Dns(in-dns)#3",
                "Fwd#4"
            ]
        );
    }

    fn deliveries(l: &Layout) -> Vec<(RowId, Delivery)> {
        l.rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r.kind {
                RowKind::Send { delivery, .. } => Some((i, delivery)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn sends_pair_with_deliveries_fifo_per_sender_and_target() {
        let t = trace(vec![
            create("A(1)", None),
            create("B(2)", None),
            create("C(3)", None),
            send("A(1)", "C(3)", "eReq", "<id:1, >"), // row 3
            send("B(2)", "C(3)", "eReq", "<id:2, >"), // row 4
            send("A(1)", "C(3)", "eReq", "<id:3, >"), // row 5
            send("A(1)", "C(3)", "eOther", "<>"),     // row 6: never dequeued
            dequeue("C(3)", "eReq", "<id:2, >"),      // row 7: B's, by payload
            dequeue("C(3)", "eReq", "<id:9, >"), // row 8: no payload match: oldest head, A's first
            dequeue("C(3)", "eReq", "<id:3, >"), // row 9
            dequeue("C(3)", "eReq", "<id:4, >"), // row 10: nothing pending
        ]);
        let l = build(&t);
        assert_eq!(
            deliveries(&l),
            vec![
                (3, Delivery::Delivered(8)),
                (4, Delivery::Delivered(7)),
                (5, Delivery::Delivered(9)),
                (6, Delivery::Never),
            ]
        );
        match &l.rows[7].kind {
            RowKind::Deliver { from, sent, .. } => assert_eq!((*from, *sent), (Some(1), Some(4))),
            k => panic!("{k:?}"),
        }
        match &l.rows[10].kind {
            RowKind::Deliver { from, sent, .. } => assert_eq!((*from, *sent), (None, None)),
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn a_payload_match_never_overtakes_the_same_senders_older_send() {
        let t = trace(vec![
            send("A(1)", "C(3)", "e", "<id:1, >"),
            send("A(1)", "C(3)", "e", "<id:2, >"),
            dequeue("C(3)", "e", "<id:2, >"),
        ]);
        assert_eq!(deliveries(&build(&t))[0], (0, Delivery::Delivered(2)));
    }

    #[test]
    fn drops_and_monitor_observations_attach_to_their_rows() {
        let mut t = trace(vec![
            create("A(1)", None),
            Event::Enter {
                machine: "A(1)".into(),
                state: "Init".into(),
            },
            Event::Exit {
                machine: "A(1)".into(),
                state: "Init".into(),
            },
            Event::Enter {
                machine: "A(1)".into(),
                state: "Run".into(),
            },
            send("A(1)", "B(2)", "e", "<>"),
            Event::MonitorProcess {
                monitor: "Spec".into(),
                state: "Idle".into(),
                event: "e".into(),
            },
            Event::Dropped {
                target: "B(2)".into(),
                event: "e".into(),
            },
        ]);
        // The monitor observes the send at its step.
        t.entries[5].step = t.entries[4].step;
        let l = build(&t);
        assert_eq!(l.rows.len(), 4, "{:#?}", l.rows);
        assert!(matches!(&l.rows[0].kind, RowKind::Create { initial: Some(s), .. } if s == "Init"));
        assert!(matches!(&l.rows[1].kind,
            RowKind::State { exit: Some(x), enter: Some(n), .. } if x == "Init" && n == "Run"));
        assert_eq!(l.rows[2].observers, vec![(0, "Idle".to_owned())]);
        assert_eq!(deliveries(&l), vec![(2, Delivery::Dropped(3))]);
    }

    #[test]
    fn a_monitor_bug_points_at_what_the_monitor_was_processing() {
        let mut t = trace(vec![
            create("Q(1)", None),
            announce("Q(1)", "eRead", "<queue:inbound, >"),
            Event::MonitorProcess {
                monitor: "Spec".into(),
                state: "Hot".into(),
                event: "eRead".into(),
            },
            Event::Error {
                bug: Bug {
                    kind: "assertion".into(),
                    message: "boom".into(),
                    loc: None,
                    machine: Some("Spec".into()),
                },
            },
        ]);
        // Same step for the announce and what the monitor does with it.
        t.entries[2].step = 1;
        t.entries[3].step = 1;
        let l = build(&t);
        assert_eq!(
            l.error,
            Some(ErrorSite {
                row: Some(2),
                lane: Some(0),
                cause: Some(Cause::Processing {
                    row: 1,
                    from: Some(1)
                })
            })
        );
    }

    #[test]
    fn a_liveness_bug_points_at_the_hot_state_and_a_deadlock_at_the_waiter() {
        let t = trace(vec![
            create("Main(1)", None),
            Event::MonitorEnter {
                monitor: "Spec".into(),
                state: "Held".into(),
                hot: true,
            },
            Event::MonitorEnter {
                monitor: "Spec".into(),
                state: "Free".into(),
                hot: false,
            },
            Event::MonitorEnter {
                monitor: "Spec".into(),
                state: "Held".into(),
                hot: true,
            },
            Event::Error {
                bug: Bug {
                    kind: "liveness".into(),
                    message: "Spec detected liveness bug in hot state 'Held'".into(),
                    loc: None,
                    machine: Some("Spec".into()),
                },
            },
        ]);
        let site = build(&t).error.unwrap();
        assert_eq!(site.cause, Some(Cause::HotSince { row: 3 }));
        let t = trace(vec![
            create("Main(1)", None),
            create("Server(2)", Some("Main(1)")),
            Event::Error {
                bug: Bug {
                    kind: "deadlock".into(),
                    message: "Deadlock detected. Server(2) is waiting, and Main(1) too.".into(),
                    loc: None,
                    machine: None,
                },
            },
        ]);
        let site = build(&t).error.unwrap();
        assert_eq!((site.row, site.lane, site.cause), (Some(2), Some(1), None));
    }

    #[test]
    fn runs_of_identical_rows_fold() {
        let k =
            |s: &str| -> Vec<Option<char>> { s.chars().map(|c| (c != '.').then_some(c)).collect() };
        // A run of five a's.
        assert_eq!(
            fold(&k("xaaaaay"), 6, 3),
            vec![
                Item::Row(0),
                Item::Fold {
                    start: 1,
                    period: 1,
                    repeats: 5
                },
                Item::Row(6)
            ]
        );
        // Too short a run is left alone.
        assert_eq!(
            fold(&k("aab"), 6, 3),
            vec![Item::Row(0), Item::Row(1), Item::Row(2)]
        );
        // A request/response cycle repeated four times.
        assert_eq!(
            fold(&k("ababababc"), 6, 3),
            vec![
                Item::Fold {
                    start: 0,
                    period: 2,
                    repeats: 4
                },
                Item::Row(8)
            ]
        );
        // Unfoldable rows break runs.
        assert_eq!(
            fold(&k("aa.aa"), 6, 3),
            (0..5).map(Item::Row).collect::<Vec<_>>()
        );
    }

    #[test]
    fn identical_sends_fold_but_the_error_never_does() {
        let mut entries = vec![create("A(1)", None), create("B(2)", None)];
        for i in 0..5 {
            entries.push(send("A(1)", "B(2)", "ePing", &format!("<n:{i}, >")));
        }
        entries.push(Event::Error {
            bug: Bug {
                kind: "assertion".into(),
                message: "m".into(),
                loc: None,
                machine: Some("B(2)".into()),
            },
        });
        let l = build(&trace(entries));
        assert_eq!(
            l.items,
            vec![
                Item::Row(0),
                Item::Row(1),
                Item::Fold {
                    start: 2,
                    period: 1,
                    repeats: 5
                },
                Item::Row(7)
            ]
        );
        assert_eq!(l.error.as_ref().unwrap().lane, Some(1));
    }
}
