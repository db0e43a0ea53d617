//! The measurement behind the runtime's design choice: handlers that can
//! suspend mid-function, as async code polled by a deterministic executor,
//! or as stackful coroutines (corosensei). Both run the same two-machine
//! ping-pong with a scheduling point at each send and each empty dequeue;
//! long schedules measure the cost of a switch, short ones the cost of
//! creating and dropping the machines of a schedule.

use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

struct World {
    inbox: [VecDeque<u64>; 2],
    rng: u64,
}

impl World {
    fn new() -> Rc<RefCell<World>> {
        let w = World {
            inbox: [VecDeque::new(), VecDeque::new()],
            rng: 88_172_645_463_325_252,
        };
        let w = Rc::new(RefCell::new(w));
        w.borrow_mut().inbox[0].push_back(1);
        w
    }
    fn coin(&mut self) -> usize {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng % 2) as usize
    }
}

struct Suspend(bool);

impl Future for Suspend {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn machine_async(me: usize, w: Rc<RefCell<World>>, rounds: u64) {
    let mut count = 0;
    loop {
        let v = loop {
            if let Some(v) = w.borrow_mut().inbox[me].pop_front() {
                break v;
            }
            Suspend(false).await;
        };
        count += v;
        if count >= rounds {
            return;
        }
        Suspend(false).await;
        w.borrow_mut().inbox[1 - me].push_back(1);
    }
}

fn run_async(rounds: u64) -> u64 {
    let w = World::new();
    let mut tasks: Vec<Pin<Box<dyn Future<Output = ()>>>> = (0..2)
        .map(|i| Box::pin(machine_async(i, w.clone(), rounds)) as Pin<Box<dyn Future<Output = ()>>>)
        .collect();
    let mut cx = Context::from_waker(Waker::noop());
    let mut steps = 0;
    loop {
        let i = w.borrow_mut().coin();
        steps += 1;
        if tasks[i].as_mut().poll(&mut cx).is_ready() {
            return steps;
        }
    }
}

fn run_stackful(rounds: u64) -> u64 {
    let w = World::new();
    let mut machines: Vec<Coroutine<(), (), ()>> = (0..2)
        .map(|me| {
            let w = w.clone();
            Coroutine::new(move |y: &Yielder<(), ()>, ()| {
                let mut count = 0;
                loop {
                    let v = loop {
                        if let Some(v) = w.borrow_mut().inbox[me].pop_front() {
                            break v;
                        }
                        y.suspend(());
                    };
                    count += v;
                    if count >= rounds {
                        return;
                    }
                    y.suspend(());
                    w.borrow_mut().inbox[1 - me].push_back(1);
                }
            })
        })
        .collect();
    let mut steps = 0;
    loop {
        let i = w.borrow_mut().coin();
        steps += 1;
        if let CoroutineResult::Return(()) = machines[i].resume(()) {
            return steps;
        }
    }
}

fn rate(min: Duration, rounds: u64, f: fn(u64) -> u64) -> (f64, f64) {
    let start = Instant::now();
    let (mut runs, mut steps) = (0u64, 0u64);
    while start.elapsed() < min {
        steps += f(rounds);
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    (runs as f64 / secs, steps as f64 / secs)
}

/// Prints the comparison table.
pub fn compare(min: Duration) {
    let (_, async_steps) = rate(min, 5_000, run_async);
    let (_, coro_steps) = rate(min, 5_000, run_stackful);
    let (async_short, _) = rate(min, 3, run_async);
    let (coro_short, _) = rate(min, 3, run_stackful);
    println!("| suspension | steps/s (long schedules) | schedules/s (3-round schedules) |");
    println!("| --- | --- | --- |");
    println!("| async + executor | {async_steps:.0} | {async_short:.0} |");
    println!("| stackful (corosensei) | {coro_steps:.0} | {coro_short:.0} |");
    println!(
        "| async / stackful | {:.2}x | {:.1}x |",
        async_steps / coro_steps,
        async_short / coro_short
    );
}
