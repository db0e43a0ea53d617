//! [`Ctx`]: everything P code in a machine can ask of the runtime. The
//! async operations (`send`, `create`, `receive`, and the dequeue between
//! handlers) are P's scheduling points: the machine's task returns
//! `Pending` there and the executor picks who runs next.

use crate::bug::{Bug, BugKind};
use crate::ctl::{Ctl, Payload};
use crate::event::{Event, EventId};
use crate::loc::Loc;
use crate::machine::{Machine, StateId};
use crate::trace::TraceEvent;
use crate::values::MachineRef;
use crate::world::{Slot, Status, World};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// Where a [`Dequeue`] is: before its first scheduling point, or resumed
/// after one of them.
#[derive(Clone, Copy)]
enum Stage {
    Start,
    /// After the point before an `on null` state's scan.
    AfterNullPoint,
    Scan,
    /// After the point before taking the event at this position.
    AfterFound(usize),
    /// After the point before handing out `null`.
    AfterNullEvent,
    /// After going idle; woken by a send.
    AfterIdle,
}

/// The machine loop's dequeue as one leaf future (see [`Point`]; the stages
/// are its scheduling points).
pub(crate) struct Dequeue<'a, E: Event> {
    ctx: &'a mut Ctx<E>,
    stage: Stage,
    on_null: bool,
}

impl<E: Event> Dequeue<'_, E> {
    /// Yields at a scheduling point, to resume at `next`.
    fn yield_at(&mut self, status: Status, next: Stage) -> Poll<Result<E, ()>> {
        if let Err(()) = self.ctx.world.borrow_mut().suspend(self.ctx.me, status) {
            return Poll::Ready(Err(()));
        }
        self.stage = next;
        Poll::Pending
    }
}

impl<E: Event> Future for Dequeue<'_, E> {
    type Output = Result<E, ()>;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<E, ()>> {
        let this = self.get_mut();
        loop {
            match this.stage {
                Stage::Start => {
                    this.on_null = this.ctx.slot(|s| s.state_info().on_null);
                    if this.on_null {
                        return this.yield_at(Status::Running, Stage::AfterNullPoint);
                    }
                    this.stage = Stage::Scan;
                }
                Stage::AfterNullPoint => this.stage = Stage::Scan,
                Stage::Scan => match this.ctx.scan_inbox() {
                    Err(()) => return Poll::Ready(Err(())),
                    Ok((Some(i), false)) => {
                        return this.yield_at(Status::Running, Stage::AfterFound(i));
                    }
                    Ok((Some(i), true)) => return Poll::Ready(Ok(this.ctx.take_event(i))),
                    Ok((None, _)) if this.on_null => {
                        return this.yield_at(Status::Running, Stage::AfterNullEvent);
                    }
                    Ok((None, _)) => return this.yield_at(Status::Idle, Stage::AfterIdle),
                },
                Stage::AfterFound(i) => {
                    if this.ctx.world.borrow().rec.stopped {
                        return Poll::Ready(Err(()));
                    }
                    return Poll::Ready(Ok(this.ctx.take_event(i)));
                }
                Stage::AfterNullEvent => {
                    if this.ctx.world.borrow().rec.stopped {
                        return Poll::Ready(Err(()));
                    }
                    return Poll::Ready(Ok(E::NULL));
                }
                Stage::AfterIdle => {
                    let mut w = this.ctx.world.borrow_mut();
                    if w.rec.stopped {
                        return Poll::Ready(Err(()));
                    }
                    w.machines[this.ctx.me].skip_dequeue_point = true;
                    drop(w);
                    this.stage = Stage::Start;
                }
            }
        }
    }
}

/// A machine's handle on its schedule.
pub struct Ctx<E: Event> {
    world: Rc<RefCell<World<E>>>,
    /// Index of this machine's slot (its id minus one).
    me: usize,
}

/// A scheduling point as one leaf future, so resuming a machine does not
/// walk an extra `async` layer per point. The first poll leaves the machine
/// in `status` and yields to the executor; the second reports whether the
/// schedule goes on (`Err` once it ended meanwhile).
pub(crate) struct Point<'a, E: Event> {
    world: &'a RefCell<World<E>>,
    me: usize,
    status: Option<Status>,
}

impl<E: Event> Future for Point<'_, E> {
    type Output = Result<(), ()>;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), ()>> {
        let mut w = self.world.borrow_mut();
        match self.status.take() {
            Some(status) => match w.suspend(self.me, status) {
                Ok(()) => Poll::Pending,
                Err(()) => Poll::Ready(Err(())),
            },
            None if w.rec.stopped => Poll::Ready(Err(())),
            None => Poll::Ready(Ok(())),
        }
    }
}

/// `send` as one leaf future (see [`Point`]): the first poll checks the
/// send, runs the monitors and yields at the scheduling point; the second
/// enqueues the event.
#[must_use = "a send does nothing unless awaited"]
pub struct SendOp<'a, E: Event> {
    ctx: &'a mut Ctx<E>,
    target: MachineRef,
    loc: Loc,
    event: Option<E>,
    /// The target's slot, once the send passed its checks and yielded.
    index: Option<usize>,
}

impl<E: Event> Future for SendOp<'_, E> {
    type Output = Result<(), Ctl<E>>;
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let Some(event) = this.event.as_ref() else {
            return Poll::Ready(Ok(()));
        };
        match this.index {
            None => {
                let index = match this.ctx.send_begin(this.target, event, this.loc) {
                    Ok(i) => i,
                    Err(c) => return Poll::Ready(Err(c)),
                };
                let mut w = this.ctx.world.borrow_mut();
                if let Err(()) = w.suspend(this.ctx.me, Status::Running) {
                    return Poll::Ready(Err(Ctl::Stop));
                }
                this.index = Some(index);
                Poll::Pending
            }
            Some(index) => {
                let mut w = this.ctx.world.borrow_mut();
                if w.rec.stopped {
                    return Poll::Ready(Err(Ctl::Stop));
                }
                let event = this.event.take().expect("checked above");
                w.enqueue(index, event);
                Poll::Ready(Ok(()))
            }
        }
    }
}

/// Creates machine `M` in `world` (not yet started) and returns its slot index.
pub(crate) fn spawn<E: Event, M: Machine<E>>(
    world: &Rc<RefCell<World<E>>>,
    name: &'static str,
    receives: Option<&'static [EventId]>,
    payload: Payload,
    creator: Option<String>,
) -> usize {
    let mut w = world.borrow_mut();
    let index = w.machines.len();
    w.machines.push(Slot {
        name,
        kind: M::NAME,
        id: index as u32 + 1,
        states: M::STATES,
        state: M::START,
        inbox: Default::default(),
        status: Status::Fresh,
        wake: false,
        receive_cases: Vec::new(),
        received: None,
        sends: M::SENDS,
        receives,
        skip_dequeue_point: false,
    });
    let words = index / 64 + 1;
    if w.enabled.len() < words {
        w.enabled.resize(words, 0);
    }
    w.refresh(index);
    if let Some(c) = &mut w.rec.coverage {
        let names: Vec<&str> = M::STATES.iter().map(|s| s.name).collect();
        crate::coverage::Coverage::know(&mut c.machines, M::NAME, &names);
        c.know_handlers(
            M::NAME,
            M::STATES.iter().flat_map(|s| {
                s.handles
                    .iter()
                    .map(move |e| format!("{}: {}", s.name, E::name_of(*e)))
            }),
        );
        crate::coverage::Coverage::enter(
            &mut c.machines,
            M::NAME,
            M::STATES[M::START.0 as usize].name,
        );
    }
    if w.rec.trace.is_some() {
        let label = w.machines[index].label();
        let start = M::STATES[M::START.0 as usize].name;
        w.rec.record(|| TraceEvent::Create {
            machine: label.clone(),
            creator,
        });
        w.rec.record(|| TraceEvent::Enter {
            machine: label,
            state: start.to_owned(),
        });
    }
    let ctx = Ctx {
        world: world.clone(),
        me: index,
    };
    w.spawned
        .push((index, Box::pin(crate::machine::run::<E, M>(ctx, payload))));
    index
}

impl<E: Event> Ctx<E> {
    fn slot<T>(&self, f: impl FnOnce(&Slot<E>) -> T) -> T {
        f(&self.world.borrow().machines[self.me])
    }

    /// This machine (P's `this`).
    pub fn this(&self) -> MachineRef {
        self.slot(|s| MachineRef::new(s.id, s.name))
    }

    /// The current state.
    pub fn state(&self) -> StateId {
        self.slot(|s| s.state)
    }

    /// The value of P `param` number `i` in this test case.
    pub fn param(&self, i: usize) -> crate::params::ParamValue {
        crate::params::get(self.world.borrow().rec.params, i)
    }

    /// This machine's label for the trace of a machine it creates (only
    /// built when a trace is being recorded).
    fn creator(&self) -> Option<String> {
        let w = self.world.borrow();
        w.rec.trace.as_ref()?;
        Some(w.machines[self.me].label())
    }

    fn label_and_state(&self) -> (String, &'static str) {
        self.slot(|s| (s.label(), s.state_info().name))
    }

    /// A scheduling point: leaves the machine in `status` and lets the
    /// scheduler run someone. `Err` when the schedule ended meanwhile.
    fn point(&mut self, status: Status) -> Point<'_, E> {
        Point {
            world: &self.world,
            me: self.me,
            status: Some(status),
        }
    }

    /// Records a bug at `loc` in this machine and returns the value that
    /// unwinds its code.
    pub fn fail(&mut self, kind: BugKind, message: impl Into<String>, loc: Loc) -> Ctl<E> {
        let mut bug = Bug::new(kind, message).at(loc);
        bug.machine = Some(self.label_and_state().0);
        self.world.borrow_mut().rec.fail(bug);
        Ctl::Stop
    }

    /// Turns a failed P operation into a bug at `loc`.
    pub fn check<T>(
        &mut self,
        result: Result<T, crate::bug::RtError>,
        loc: Loc,
    ) -> Result<T, Ctl<E>> {
        result.map_err(|e| self.fail(e.kind, e.message, loc))
    }

    /// Reports a failed `assert` (P's message: `Assertion Failed: file:line:col msg`).
    pub fn assert_failed(&mut self, message: Option<&str>, loc: Loc) -> Ctl<E> {
        let text = match message {
            Some(m) => format!("Assertion Failed: {loc} {m}"),
            None => format!("Assertion Failed: {loc}"),
        };
        self.fail(BugKind::Assertion, text, loc)
    }

    /// `send target, event;` with the payload inside `event`.
    pub fn send(&mut self, target: MachineRef, event: E, loc: Loc) -> SendOp<'_, E> {
        SendOp {
            ctx: self,
            target,
            loc,
            event: Some(event),
            index: None,
        }
    }

    /// The part of a send before its scheduling point: the checks, the
    /// trace, the monitors. Returns the target's slot.
    fn send_begin(&mut self, target: MachineRef, event: &E, loc: Loc) -> Result<usize, Ctl<E>> {
        if event.id() == EventId::NULL {
            let (me, state) = self.label_and_state();
            let msg = format!(
                "Machine cannot send a null event. Machine {me} trying to send null event in state {state}."
            );
            return Err(self.fail(BugKind::NullEvent, msg, loc));
        }
        let Some(index) = target.index() else {
            let (me, state) = self.label_and_state();
            let msg = format!(
                "Target in send cannot be null. Machine {me} trying to send event {} to null target in state {state}.",
                event.name()
            );
            return Err(self.fail(BugKind::NullTarget, msg, loc));
        };
        if let Some(e) = self.permission_error(index, event) {
            return Err(e(self, loc));
        }
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let (me, state) = {
                let slot = &w.machines[self.me];
                (slot.label(), slot.state_info().name)
            };
            let t = w.machines[index].label();
            let (e, p) = (event.name().to_owned(), event.payload_text());
            w.rec.record(|| TraceEvent::Send {
                sender: me,
                state: state.to_owned(),
                target: t,
                event: e,
                payload: p,
            });
        }
        // Monitors see the send before it is scheduled, as in P.
        if w.notify_monitors(event).is_err() {
            return Err(Ctl::Stop);
        }
        Ok(index)
    }

    /// A send outside the sender's `sends` set or the target's `receives`
    /// set (`halt` is always allowed), as the bug to report.
    #[allow(clippy::type_complexity)]
    fn permission_error(&self, target: usize, event: &E) -> Option<fn(&mut Self, Loc) -> Ctl<E>> {
        let id = event.id();
        if id == EventId::HALT {
            return None;
        }
        let w = self.world.borrow();
        if w.machines[self.me].sends.is_some_and(|s| !s.contains(&id)) {
            return Some(|ctx: &mut Self, loc| ctx.permission_bug(BugKind::SendsViolation, loc));
        }
        if w.machines[target]
            .receives
            .is_some_and(|r| !r.contains(&id))
        {
            return Some(|ctx: &mut Self, loc| ctx.permission_bug(BugKind::ReceivesViolation, loc));
        }
        None
    }

    fn permission_bug(&mut self, kind: BugKind, loc: Loc) -> Ctl<E> {
        let (me, state) = self.label_and_state();
        let msg = match kind {
            BugKind::SendsViolation => {
                format!("Machine {me} in state {state} sent an event that is not in its sends set.")
            }
            _ => format!(
                "Machine {me} in state {state} sent an event that is not in the target's receives set."
            ),
        };
        self.fail(kind, msg, loc)
    }

    /// `announce event;`: runs the monitors observing it, no scheduling point.
    pub fn announce(&mut self, event: E, loc: Loc) -> Result<(), Ctl<E>> {
        if event.id() == EventId::NULL {
            let (me, _) = self.label_and_state();
            let msg = format!("Incorrect use of announce by Machine {me}: the event is null.");
            return Err(self.fail(BugKind::NullEvent, msg, loc));
        }
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let me = w.machines[self.me].label();
            let (e, p) = (event.name().to_owned(), event.payload_text());
            w.rec.record(|| TraceEvent::Announce {
                machine: me,
                event: e,
                payload: p,
            });
        }
        w.notify_monitors(&event).map_err(|()| Ctl::Stop)
    }

    /// `new M(payload)`: a scheduling point, then the machine exists; its
    /// start entry runs when it is first scheduled.
    pub async fn create<M: Machine<E>>(&mut self, payload: Payload) -> Result<MachineRef, Ctl<E>> {
        self.create_named::<M>(M::NAME, payload).await
    }

    /// `new I(payload)` where the test binds interface `name` to machine `M`:
    /// the instance is named after the interface, as in P.
    pub async fn create_named<M: Machine<E>>(
        &mut self,
        name: &'static str,
        payload: Payload,
    ) -> Result<MachineRef, Ctl<E>> {
        self.point(Status::Running).await.map_err(|()| Ctl::Stop)?;
        let creator = self.creator();
        let index = spawn::<E, M>(&self.world, name, None, payload, creator);
        Ok(MachineRef::new(index as u32 + 1, name))
    }

    /// `new I(payload)` for an interface `I` (numbered `interface`): creates
    /// the machine the test binds `I` to, named `name` after the interface.
    /// `receives` is the interface's receive set (`None`: every event),
    /// checked on every send to the new machine.
    pub async fn create_interface(
        &mut self,
        interface: u32,
        name: &'static str,
        receives: Option<&'static [EventId]>,
        payload: Payload,
        loc: Loc,
    ) -> Result<MachineRef, Ctl<E>> {
        let bound = self
            .world
            .borrow()
            .bindings
            .iter()
            .find(|(i, _)| *i == interface)
            .map(|(_, m)| m.spawn);
        let Some(spawn) = bound else {
            let (me, _) = self.label_and_state();
            let msg = format!(
                "Machine {me} cannot create interface {name}: the test binds no machine to it."
            );
            return Err(self.fail(BugKind::Other, msg, loc));
        };
        self.point(Status::Running).await.map_err(|()| Ctl::Stop)?;
        let creator = self.creator();
        let index = spawn(&self.world, name, receives, payload, creator);
        Ok(MachineRef::new(index as u32 + 1, name))
    }

    /// `receive { case e1: ... case e2: ... }`: waits for the first inbox
    /// event among `cases` (or `halt`, which is raised). Other events stay
    /// in the inbox in order.
    pub async fn receive(&mut self, cases: &[EventId]) -> Result<E, Ctl<E>> {
        let taken = {
            let mut w = self.world.borrow_mut();
            let slot = &mut w.machines[self.me];
            let at = slot
                .inbox
                .iter()
                .position(|e| cases.contains(&e.id()) || e.id() == EventId::HALT);
            match at {
                Some(i) => slot.inbox.remove(i),
                None => {
                    slot.receive_cases = cases.to_vec();
                    None
                }
            }
        };
        let event = match taken {
            Some(e) => {
                self.point(Status::Running).await.map_err(|()| Ctl::Stop)?;
                e
            }
            None => {
                {
                    let mut w = self.world.borrow_mut();
                    if w.rec.trace.is_some() {
                        let m = w.machines[self.me].label();
                        let events = cases.iter().map(|&c| E::name_of(c).to_owned()).collect();
                        w.rec
                            .record(|| TraceEvent::WaitReceive { machine: m, events });
                    }
                }
                self.point(Status::Receiving)
                    .await
                    .map_err(|()| Ctl::Stop)?;
                self.world.borrow_mut().machines[self.me]
                    .received
                    .take()
                    .expect("a machine blocked in receive is woken with its event")
            }
        };
        {
            let mut w = self.world.borrow_mut();
            if w.rec.trace.is_some() {
                let (m, s) = {
                    let slot = &w.machines[self.me];
                    (slot.label(), slot.state_info().name.to_owned())
                };
                let (e, p) = (event.name().to_owned(), event.payload_text());
                w.rec.record(|| TraceEvent::Receive {
                    machine: m,
                    state: s,
                    event: e,
                    payload: p,
                });
            }
        }
        if event.id() == EventId::HALT {
            return Err(Ctl::Raise(event));
        }
        Ok(event)
    }

    /// `$` / `$$` / `choose()`: a boolean from the scheduler.
    pub fn nondet(&mut self) -> Result<bool, Ctl<E>> {
        let b = self
            .world
            .borrow_mut()
            .choose_bool()
            .map_err(|()| Ctl::Stop)?;
        self.trace_choice(|| if b { "true" } else { "false" }.to_owned());
        Ok(b)
    }

    /// `choose(n)`: an int in `[0, n)`; `choose(0)` is 0, as in P.
    pub fn choose_int(&mut self, n: i64, loc: Loc) -> Result<i64, Ctl<E>> {
        if !(0..=10_000).contains(&n) {
            let msg = format!("Incorrect use of choose: {n} is not in [0, 10000].");
            return Err(self.fail(BugKind::Choose, msg, loc));
        }
        if n == 0 {
            return Ok(0);
        }
        let i = self
            .world
            .borrow_mut()
            .choose_int(n as u32)
            .map_err(|()| Ctl::Stop)?;
        self.trace_choice(|| i.to_string());
        Ok(i64::from(i))
    }

    /// `choose(c)` on a collection of `len` elements: the index of the
    /// element to take.
    pub fn choose_index(&mut self, len: usize, what: &str, loc: Loc) -> Result<usize, Ctl<E>> {
        if len == 0 || len > 10_000 {
            let (me, state) = self.label_and_state();
            let msg = if len == 0 {
                format!(
                    "Incorrect use of choose by Machine {me} in state {state}. Trying to choose from an empty {what}!"
                )
            } else {
                format!(
                    "Incorrect use of choose by Machine {me} in state {state}. Trying to choose from a {what} of more than 10000 elements!"
                )
            };
            return Err(self.fail(BugKind::Choose, msg, loc));
        }
        let i = self
            .world
            .borrow_mut()
            .choose_int(len as u32)
            .map_err(|()| Ctl::Stop)?;
        self.trace_choice(|| format!("element {i}"));
        Ok(i as usize)
    }

    fn trace_choice(&mut self, value: impl FnOnce() -> String) {
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let m = w.machines[self.me].label();
            w.rec.record(|| TraceEvent::Choice {
                machine: m,
                value: value(),
            });
        }
    }

    /// `print text;`
    pub fn print(&mut self, text: &str) {
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let m = w.machines[self.me].label();
            w.rec.record(|| TraceEvent::Print {
                machine: m,
                text: text.to_owned(),
            });
        }
    }

    // ---- used by the machine loop ----

    /// Takes the next event to handle, P's dequeue: the first inbox event
    /// neither deferred nor ignored in the current state (ignored ones are
    /// dropped on the way), else `null` if the state handles it, else the
    /// machine goes idle until a send wakes it.
    pub(crate) fn dequeue(&mut self) -> Dequeue<'_, E> {
        Dequeue {
            ctx: self,
            stage: Stage::Start,
            on_null: false,
        }
    }

    /// The dequeue's inbox scan (`Err` once the schedule ended): drops the
    /// ignored events in front of the first one the state can take and
    /// returns its position, and whether this dequeue skips its scheduling
    /// point (woken by a send).
    fn scan_inbox(&mut self) -> Result<(Option<usize>, bool), ()> {
        let w = &mut *self.world.borrow_mut();
        if w.rec.stopped {
            return Err(());
        }
        let slot = &mut w.machines[self.me];
        let info = slot.state_info();
        let mut i = 0;
        let mut at = None;
        while i < slot.inbox.len() {
            let id = slot.inbox[i].id();
            if info.ignores(id) {
                slot.inbox.remove(i);
            } else if info.defers(id) {
                i += 1;
            } else {
                at = Some(i);
                break;
            }
        }
        Ok((at, std::mem::take(&mut slot.skip_dequeue_point)))
    }

    /// Takes the event found by [`Ctx::scan_inbox`] at `i` (it is moved
    /// once, straight to the caller, after the scheduling point).
    fn take_event(&mut self, i: usize) -> E {
        let event = {
            let inbox = &mut self.world.borrow_mut().machines[self.me].inbox;
            // Mostly the front: pop it rather than shift the ring.
            if i == 0 {
                inbox.pop_front()
            } else {
                inbox.remove(i)
            }
        }
        // Meanwhile other machines could only append to this inbox.
        .expect("the event found before the scheduling point is still there");
        self.trace_dequeue(&event);
        event
    }

    fn trace_dequeue(&mut self, event: &E) {
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let (m, s) = {
                let slot = &w.machines[self.me];
                (slot.label(), slot.state_info().name.to_owned())
            };
            let (e, p) = (event.name().to_owned(), event.payload_text());
            w.rec.record(|| TraceEvent::Dequeue {
                machine: m,
                state: s,
                event: e,
                payload: p,
            });
        }
    }

    /// The current state, where the handler for `event` is about to run
    /// (counted when coverage is on).
    pub(crate) fn begin_handler(&mut self, event: &E) -> StateId {
        let mut w = self.world.borrow_mut();
        let state = w.machines[self.me].state;
        if w.rec.coverage.is_some() {
            let (kind, name) = {
                let slot = &w.machines[self.me];
                (slot.kind, slot.state_info().name)
            };
            if let Some(c) = &mut w.rec.coverage {
                c.handle(kind, name, event.name());
            }
        }
        state
    }

    pub(crate) fn trace_raise(&mut self, event: &E) {
        let mut w = self.world.borrow_mut();
        if w.rec.trace.is_some() {
            let (m, s) = {
                let slot = &w.machines[self.me];
                (slot.label(), slot.state_info().name.to_owned())
            };
            let e = event.name().to_owned();
            w.rec.record(|| TraceEvent::Raise {
                machine: m,
                state: s,
                event: e,
            });
        }
    }

    pub(crate) fn enter_state(&mut self, state: StateId) {
        let w = &mut *self.world.borrow_mut();
        let slot = &mut w.machines[self.me];
        let old = slot.state_info().name;
        slot.state = state;
        if w.rec.coverage.is_none() && w.rec.trace.is_none() {
            return;
        }
        let (label, new, kind) = (slot.label(), slot.state_info().name, slot.kind);
        if let Some(c) = &mut w.rec.coverage {
            crate::coverage::Coverage::enter(&mut c.machines, kind, new);
        }
        if w.rec.trace.is_some() {
            w.rec.record(|| TraceEvent::Exit {
                machine: label.clone(),
                state: old.to_owned(),
            });
            w.rec.record(|| TraceEvent::Enter {
                machine: label,
                state: new.to_owned(),
            });
        }
    }

    pub(crate) fn halt(&mut self) {
        let mut w = self.world.borrow_mut();
        let slot = &mut w.machines[self.me];
        slot.status = Status::Halted;
        let dropped = slot.inbox.len();
        slot.inbox.clear();
        let m = slot.label();
        w.refresh(self.me);
        w.rec.record(|| TraceEvent::Halt {
            machine: m,
            dropped,
        });
    }

    pub(crate) fn unhandled(&mut self, event: &E) {
        let (me, _) = self.label_and_state();
        let mut bug = Bug::new(
            BugKind::UnhandledEvent,
            format!(
                "{me} received event '{}' that cannot be handled.",
                event.name()
            ),
        );
        bug.machine = Some(me);
        self.world.borrow_mut().rec.fail(bug);
    }

    pub(crate) fn transition_in_exit(&mut self, what: &Ctl<E>) {
        let kind = match what {
            Ctl::Raise(_) => "raise",
            _ => "goto",
        };
        let (me, _) = self.label_and_state();
        let mut bug = Bug::new(
            BugKind::ExitTransition,
            format!(
                "{me} has performed a '{kind}' transition from an exit or transition function."
            ),
        );
        bug.machine = Some(me);
        self.world.borrow_mut().rec.fail(bug);
    }
}
