//! P's execution rules, tested on hand-written machines: defer/ignore,
//! raise priority, entry/exit order, receive at depth, halt, null events,
//! monitors, and each run-time error kind the machine layer reports.

mod common;

use common::*;
use p_runtime::trace::TraceEvent;
use p_runtime::{
    BugKind, Ctl, Ctx, Goto, Loc, Machine, MachineRef, MachineType, Monitor, MonitorCtx,
    MonitorObj, Payload, StateId, StateInfo, Temperature, TestCase, instance,
};

const L: Loc = Loc::new("test.p", 1, 1);

const fn state(name: &'static str) -> StateInfo {
    StateInfo {
        name,
        defer: &[],
        ignore: &[],
        on_null: false,
        handles: &[],
        temperature: Temperature::Warm,
    }
}

fn no_monitors() -> Vec<Box<dyn MonitorObj<Ev>>> {
    Vec::new()
}

// ---------------------------------------------------------------------------
// Defer and ignore: a sender sends E1, E2, E3; the receiver's first state
// defers E1 and ignores E2, handles E3 by going to a state that handles E1.

struct Sender {
    target: MachineRef,
}

impl Machine<Ev> for Sender {
    const NAME: &'static str = "Sender";
    const STATES: &'static [StateInfo] = &[state("Send")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Sender {
            target: MachineRef::NULL,
        }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        self.target = *payload.unwrap().downcast::<MachineRef>().unwrap();
        for e in [Ev::E1, Ev::E2, Ev::E3] {
            ctx.send(self.target, e, L).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

struct DeferMain;

impl Machine<Ev> for DeferMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[
        StateInfo {
            name: "Waiting",
            defer: &[E1],
            ignore: &[E2],
            on_null: false,
            handles: &[],
            temperature: Temperature::Warm,
        },
        state("Ready"),
    ];
    const START: StateId = StateId(0);
    fn new() -> Self {
        DeferMain
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, s: StateId, _: Payload) -> R {
        if s.0 == 0 {
            let me = ctx.this();
            ctx.create::<Sender>(Some(Box::new(me))).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, s: StateId, e: Ev) -> R {
        ctx.print(&format!("{:?} in {}", e, Self::STATES[s.0 as usize].name));
        match (s.0, e) {
            (0, Ev::E3) => p_runtime::goto(StateId(1), None),
            (1, Ev::E1) => Ok(()),
            (_, e) => Err(Ctl::Unhandled(e)),
        }
    }
}

const DEFER_TEST: TestCase<Ev> = TestCase {
    name: "defer",
    monitors: no_monitors,
    main: MachineType::of::<DeferMain>(),
    bindings: &[],
    params: &[],
};

#[test]
fn deferred_events_wait_and_ignored_events_vanish() {
    for seed in 0..50 {
        let r = run_traced(&DEFER_TEST, seed);
        assert_eq!(r.bug, None, "seed {seed}");
        assert_eq!(prints(&r), ["E3 in Waiting", "E1 in Ready"], "seed {seed}");
    }
}

// ---------------------------------------------------------------------------
// Raise: the raised event is handled before the queued one; entry/exit and
// `with` run in P's order on `goto ... with`.

struct RaiseMain;

impl Machine<Ev> for RaiseMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("A"), state("B")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        RaiseMain
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, s: StateId, payload: Payload) -> R {
        if s.0 == 0 {
            let me = ctx.this();
            ctx.send(me, Ev::E1, L).await?;
            // Raise ends the handler: the print below must not run.
            p_runtime::raise::<Ev, ()>(Ev::E2)?;
            ctx.print("unreachable");
        } else {
            let v = payload.map(|p| *p.downcast::<i64>().unwrap());
            ctx.print(&format!("entry B {v:?}"));
        }
        Ok(())
    }
    async fn exit(&mut self, ctx: &mut Ctx<Ev>, s: StateId) -> R {
        ctx.print(&format!("exit {}", Self::STATES[s.0 as usize].name));
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, s: StateId, e: Ev) -> R {
        ctx.print(&format!("handle {e:?}"));
        match (s.0, e) {
            (0, Ev::E2) => Ok(()),
            (0, Ev::E1) => Err(Ctl::Goto(Goto {
                state: StateId(1),
                with: Some((0, Some(Box::new(7i64)))),
                payload: Some(Box::new(8i64)),
            })),
            (_, e) => Err(Ctl::Unhandled(e)),
        }
    }
    async fn with(&mut self, ctx: &mut Ctx<Ev>, w: u16, payload: Payload) -> R {
        let v = *payload.unwrap().downcast::<i64>().unwrap();
        ctx.print(&format!("with {w} {v}"));
        Ok(())
    }
}

#[test]
fn raise_comes_first_and_goto_with_runs_exit_with_entry() {
    let test = TestCase {
        name: "raise",
        monitors: no_monitors,
        main: MachineType::of::<RaiseMain>(),
        bindings: &[],
        params: &[],
    };
    let r = run_traced(&test, 1);
    assert_eq!(r.bug, None);
    assert_eq!(
        prints(&r),
        [
            "handle E2",
            "handle E1",
            "exit A",
            "with 0 7",
            "entry B Some(8)"
        ]
    );
}

// ---------------------------------------------------------------------------
// Receive two calls deep: other events stay queued, in order.

struct Receiver;

impl Receiver {
    async fn outer(&mut self, ctx: &mut Ctx<Ev>) -> R<i64> {
        let v = self.inner(ctx).await?;
        Ok(v * 10)
    }
    async fn inner(&mut self, ctx: &mut Ctx<Ev>) -> R<i64> {
        match ctx.receive(&[DATA]).await? {
            Ev::Data(v) => Ok(v),
            e => unreachable!("receive returned {e:?}"),
        }
    }
}

impl Machine<Ev> for Receiver {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Init"), state("Rest")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Receiver
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, s: StateId, _: Payload) -> R {
        if s.0 == 0 {
            let me = ctx.this();
            ctx.create::<DataSender>(Some(Box::new(me))).await?;
            let v = self.outer(ctx).await?;
            ctx.print(&format!("received {v}"));
            return p_runtime::goto(StateId(1), None);
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, s: StateId, e: Ev) -> R {
        ctx.print(&format!("handle {e:?}"));
        match (s.0, e) {
            (1, Ev::E1 | Ev::E2) => Ok(()),
            (_, e) => Err(Ctl::Unhandled(e)),
        }
    }
}

struct DataSender;

impl Machine<Ev> for DataSender {
    const NAME: &'static str = "DataSender";
    const STATES: &'static [StateInfo] = &[state("Init")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        DataSender
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        let target = *payload.unwrap().downcast::<MachineRef>().unwrap();
        ctx.send(target, Ev::E1, L).await?;
        ctx.send(target, Ev::Data(4), L).await?;
        ctx.send(target, Ev::E2, L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

#[test]
fn receive_at_call_depth_two_leaves_other_events_in_order() {
    let test = TestCase {
        name: "receive",
        monitors: no_monitors,
        main: MachineType::of::<Receiver>(),
        bindings: &[],
        params: &[],
    };
    for seed in 0..50 {
        let r = run_traced(&test, seed);
        assert_eq!(r.bug, None, "seed {seed}");
        assert_eq!(
            prints(&r),
            ["received 40", "handle E1", "handle E2"],
            "seed {seed}"
        );
    }
}

// ---------------------------------------------------------------------------
// Halt: a machine sent `halt` halts (no bug); later sends are dropped.

struct Halter;

impl Machine<Ev> for Halter {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Init")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Halter
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let victim = ctx.create::<Victim>(None).await?;
        ctx.send(victim, Ev::Halt, L).await?;
        ctx.send(victim, Ev::E1, L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

struct Victim;

impl Machine<Ev> for Victim {
    const NAME: &'static str = "Victim";
    const STATES: &'static [StateInfo] = &[state("Init")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Victim
    }
    async fn entry(&mut self, _: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        Ok(())
    }
    async fn exit(&mut self, ctx: &mut Ctx<Ev>, _: StateId) -> R {
        ctx.print("victim exits");
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        // E1 would be unhandled: it must never be dequeued.
        Err(Ctl::Unhandled(e))
    }
}

#[test]
fn halt_runs_exit_then_drops_everything_without_a_bug() {
    let test = TestCase {
        name: "halt",
        monitors: no_monitors,
        main: MachineType::of::<Halter>(),
        bindings: &[],
        params: &[],
    };
    for seed in 0..50 {
        let r = run_traced(&test, seed);
        assert_eq!(r.bug, None, "seed {seed}");
        assert_eq!(prints(&r), ["victim exits"], "seed {seed}");
        let halted = lines(&r, |e| match e {
            TraceEvent::Halt { machine, .. } => Some(machine.clone()),
            _ => None,
        });
        assert_eq!(halted, ["Victim(2)"]);
    }
}

// ---------------------------------------------------------------------------
// Unhandled events, deadlock, null target, choose on empty, and the
// transition-in-exit backstop, each as its bug kind.

struct Faulty {
    fault: u8,
}

impl Machine<Ev> for Faulty {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Init"), state("Next")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Faulty { fault: 0 }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, s: StateId, _: Payload) -> R {
        if s.0 == 1 {
            return Ok(());
        }
        self.fault = FAULT.with(|f| f.get());
        match self.fault {
            0 => {
                let me = ctx.this();
                ctx.send(me, Ev::E3, L).await
            }
            1 => ctx.receive(&[E1]).await.map(drop),
            2 => ctx.send(MachineRef::NULL, Ev::E1, L).await,
            3 => ctx.choose_index(0, "sequence", L).map(drop),
            4 => p_runtime::goto(StateId(1), None),
            _ => Err(ctx.assert_failed(Some("boom"), Loc::new("test.p", 9, 3))),
        }
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        if self.fault == 4 {
            return p_runtime::raise(Ev::E1);
        }
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

thread_local! {
    static FAULT: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

#[test]
fn each_machine_error_is_reported_as_its_kind() {
    let test = TestCase {
        name: "faults",
        monitors: no_monitors,
        main: MachineType::of::<Faulty>(),
        bindings: &[],
        params: &[],
    };
    let expect = [
        (
            BugKind::UnhandledEvent,
            "Main(1) received event 'E3' that cannot be handled.",
        ),
        (
            BugKind::Deadlock,
            "Deadlock detected. Main(1) is waiting to receive an event, but no other controlled tasks are enabled.",
        ),
        (
            BugKind::NullTarget,
            "Target in send cannot be null. Machine Main(1) trying to send event E1 to null target in state Init.",
        ),
        (
            BugKind::Choose,
            "Incorrect use of choose by Machine Main(1) in state Init. Trying to choose from an empty sequence!",
        ),
        (
            BugKind::ExitTransition,
            "Main(1) has performed a 'raise' transition from an exit or transition function.",
        ),
        (BugKind::Assertion, "Assertion Failed: test.p:9:3 boom"),
    ];
    for (fault, (kind, message)) in expect.into_iter().enumerate() {
        FAULT.with(|f| f.set(fault as u8));
        let r = run_traced(&test, 0);
        let bug = r.bug.unwrap_or_else(|| panic!("fault {fault}: no bug"));
        assert_eq!((bug.kind, bug.message.as_str()), (kind, message));
        let last = r.trace.unwrap().pop().unwrap();
        assert!(
            matches!(last.event, TraceEvent::Error { .. }),
            "the trace ends with the error"
        );
    }
}

// ---------------------------------------------------------------------------
// Monitors: observe sends synchronously; hot at the end is a liveness bug.

struct Progress;

impl Monitor<Ev> for Progress {
    const NAME: &'static str = "Progress";
    const STATES: &'static [StateInfo] = &[
        StateInfo {
            name: "Busy",
            defer: &[],
            ignore: &[],
            on_null: false,
            handles: &[],
            temperature: Temperature::Hot,
        },
        StateInfo {
            name: "Finished",
            defer: &[],
            ignore: &[E1],
            on_null: false,
            handles: &[],
            temperature: Temperature::Cold,
        },
    ];
    const START: StateId = StateId(0);
    const OBSERVES: &'static [p_runtime::EventId] = &[E1, DONE];
    fn new() -> Self {
        Progress
    }
    fn entry(&mut self, _: &mut MonitorCtx<'_>, _: StateId, _: Payload) -> R {
        Ok(())
    }
    fn exit(&mut self, _: &mut MonitorCtx<'_>, _: StateId) -> R {
        Ok(())
    }
    fn handle(&mut self, ctx: &mut MonitorCtx<'_>, s: StateId, e: &Ev) -> R {
        match (s.0, e) {
            (0, Ev::E1) => Ok(()),
            (0, Ev::Done) => p_runtime::goto(StateId(1), None),
            (1, Ev::Done) => Err(ctx.assert_failed(Some("done twice"), L)),
            (_, e) => Err(Ctl::Unhandled(e.clone())),
        }
    }
}

struct Worker {
    finish: bool,
}

impl Machine<Ev> for Worker {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Init")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Worker {
            finish: FAULT.with(|f| f.get()) == 0,
        }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        ctx.send(me, Ev::E1, L).await?;
        if self.finish {
            ctx.announce(Ev::Done, L)?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            Ev::E1 => Ok(()),
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

fn progress_monitor() -> Vec<Box<dyn MonitorObj<Ev>>> {
    vec![instance::<Ev, Progress>()]
}

#[test]
fn a_monitor_left_hot_is_a_liveness_bug_and_cold_is_fine() {
    let test = TestCase {
        name: "liveness",
        monitors: progress_monitor,
        main: MachineType::of::<Worker>(),
        bindings: &[],
        params: &[],
    };
    FAULT.with(|f| f.set(0));
    let r = run_traced(&test, 0);
    assert_eq!(r.bug, None);
    let monitor_states = lines(&r, |e| match e {
        TraceEvent::MonitorEnter { state, hot, .. } => Some(format!("{state} {hot}")),
        _ => None,
    });
    assert_eq!(monitor_states, ["Busy true", "Finished false"]);
    FAULT.with(|f| f.set(1));
    let r = run_traced(&test, 0);
    let bug = r.bug.expect("liveness bug");
    assert_eq!(bug.kind, BugKind::Liveness);
    assert_eq!(
        bug.message,
        "Progress detected liveness bug in hot state 'Busy' at the end of program execution."
    );
}

// ---------------------------------------------------------------------------
// `on null`: fires only when no real event can be dequeued.

struct NullMain {
    ticks: i64,
}

impl Machine<Ev> for NullMain {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[
        StateInfo {
            name: "Polling",
            defer: &[],
            ignore: &[],
            on_null: true,
            handles: &[],
            temperature: Temperature::Warm,
        },
        state("Done"),
    ];
    const START: StateId = StateId(0);
    fn new() -> Self {
        NullMain { ticks: 0 }
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, s: StateId, _: Payload) -> R {
        if s.0 == 0 {
            let me = ctx.this();
            ctx.send(me, Ev::E1, L).await?;
        }
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, s: StateId, e: Ev) -> R {
        ctx.print(&format!("{e:?}"));
        match (s.0, e) {
            (0, Ev::E1) => Ok(()),
            (0, Ev::Null) => {
                self.ticks += 1;
                if self.ticks == 2 {
                    return p_runtime::goto(StateId(1), None);
                }
                Ok(())
            }
            (_, e) => Err(Ctl::Unhandled(e)),
        }
    }
}

#[test]
fn null_events_fire_only_when_the_inbox_has_nothing_to_dequeue() {
    let test = TestCase {
        name: "null",
        monitors: no_monitors,
        main: MachineType::of::<NullMain>(),
        bindings: &[],
        params: &[],
    };
    for seed in 0..20 {
        let r = run_traced(&test, seed);
        assert_eq!(r.bug, None);
        assert_eq!(prints(&r), ["E1", "Null", "Null"]);
    }
}

// ---------------------------------------------------------------------------
// Liveness under a fair scheduler: a monitor hot for longer than the
// temperature threshold is a bug even though the run never ends.

struct Spinner;

impl Machine<Ev> for Spinner {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Spin")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Spinner
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let me = ctx.this();
        ctx.send(me, Ev::E1, L).await
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        match e {
            // Forever busy, never announcing Done: the monitor stays hot.
            Ev::E1 => {
                let me = ctx.this();
                ctx.send(me, Ev::E1, L).await
            }
            e => Err(Ctl::Unhandled(e)),
        }
    }
}

#[test]
fn a_monitor_hot_too_long_under_a_fair_scheduler_is_a_liveness_bug() {
    use p_runtime::checker::{CheckConfig, check};
    let test = TestCase {
        name: "spin",
        monitors: progress_monitor,
        main: MachineType::of::<Spinner>(),
        bindings: &[],
        params: &[],
    };
    let cfg = |strategy, temperature| CheckConfig {
        strategy,
        schedules: 2,
        run: p_runtime::RunConfig {
            max_steps: 2_000,
            temperature,
            ..p_runtime::RunConfig::default()
        },
        ..CheckConfig::default()
    };
    let hot = check(&test, &cfg(p_runtime::StrategyKind::Random, 500));
    let bug = hot.bug.expect("temperature exceeded");
    assert_eq!(bug.bug.kind, BugKind::Liveness);
    assert_eq!(
        bug.bug.message,
        "Progress detected potential liveness bug in hot state 'Busy'."
    );
    assert_eq!(bug.trace.steps, 501);
    // PCT is unfair: no temperature check, and a cut run is not a bug.
    let unfair = check(&test, &cfg(p_runtime::StrategyKind::Pct(2), 500));
    assert!(unfair.bug.is_none());
    assert_eq!(unfair.cut, 2);
}

// ---------------------------------------------------------------------------
// Failing value operations become bugs at their P location.

struct Indexer;

impl Machine<Ev> for Indexer {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[state("Init")];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Indexer
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        use p_runtime::values::{Map, Seq, ops};
        let s: Seq<i64> = (1..=3).collect();
        let m: Map<i64, i64> = Map::new();
        let v = match FAULT.with(|f| f.get()) {
            0 => ctx.check(ops::seq_get(&s, 3), Loc::new("v.p", 4, 9))?,
            1 => ctx.check(ops::map_get(&m, &7), Loc::new("v.p", 5, 9))?,
            2 => ctx.check(ops::div(1, 0), Loc::new("v.p", 6, 9))?,
            _ => ctx.check(
                ops::cast::<bool>(&p_runtime::values::Value::Int(1), "bool"),
                Loc::new("v.p", 7, 9),
            )? as i64,
        };
        ctx.print(&v.to_string());
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, _: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        Err(Ctl::Unhandled(e))
    }
}

#[test]
fn failing_value_operations_are_bugs_at_their_p_location() {
    let test = TestCase {
        name: "values",
        monitors: no_monitors,
        main: MachineType::of::<Indexer>(),
        bindings: &[],
        params: &[],
    };
    let expect = [
        (BugKind::IndexOutOfRange, "v.p:4:9"),
        (BugKind::MissingKey, "v.p:5:9"),
        (BugKind::DivisionByZero, "v.p:6:9"),
        (BugKind::Cast, "v.p:7:9"),
    ];
    for (fault, (kind, loc)) in expect.into_iter().enumerate() {
        FAULT.with(|f| f.set(fault as u8));
        let bug = run_traced(&test, 0).bug.expect("a bug");
        assert_eq!(
            (bug.kind, bug.loc.as_deref(), bug.machine.as_deref()),
            (kind, Some(loc), Some("Main(1)"))
        );
    }
}
