//! The floor under any systematic tester of the bench models: the plain
//! loops' work cut at P's scheduling points, with one random pick among the
//! enabled machines at each point, recorded for replay, as the runtime must.
//! No futures, no inboxes of events, no monitors. Its time per run next to
//! the plain loop's bounds what a scheduler that takes P's decisions can
//! reach, whatever its design.

use p_runtime::strategy::Rng;
use std::collections::VecDeque;
use std::hint::black_box;

/// One scheduling decision: a uniform pick among `enabled`, recorded.
#[inline]
fn decide(rng: &mut Rng, decisions: &mut Vec<u32>, enabled: &[u32]) -> u32 {
    let pick = enabled[rng.below(enabled.len() as u64) as usize];
    decisions.push(pick);
    pick
}

/// Ping-pong with a decision at each of the runtime's points: Main's send,
/// the server's dequeue, its send, Main's dequeue (four per round).
pub fn ping_pong(seed: u64, rounds: i64) -> (i64, usize) {
    let mut rng = Rng::new(seed);
    let mut decisions = Vec::new();
    let (mut to_server, mut to_client) = (VecDeque::new(), VecDeque::new());
    // Each machine's next action: true = send, false = dequeue.
    let (mut main_sends, mut server_sends) = (true, false);
    let mut held = 0i64;
    let mut count = 0;
    let mut enabled = [0u32; 2];
    loop {
        let mut n = 0;
        if main_sends || !to_client.is_empty() {
            enabled[n] = 0;
            n += 1;
        }
        if server_sends || !to_server.is_empty() {
            enabled[n] = 1;
            n += 1;
        }
        if n == 0 {
            return (count, decisions.len());
        }
        match decide(&mut rng, &mut decisions, &enabled[..n]) {
            0 if main_sends => {
                to_server.push_back(count);
                main_sends = false;
            }
            0 => {
                to_client.pop_front();
                count += 1;
                main_sends = count < rounds;
            }
            _ if server_sends => {
                to_client.push_back(black_box(held));
                server_sends = false;
            }
            _ => {
                held = to_server.pop_front().unwrap_or_default();
                server_sends = true;
            }
        }
    }
}

/// The pipeline with a decision at each point: Main's sends, each stage's
/// dequeue and its send to the next stage. The enabled set is a bitset, as
/// in the runtime.
pub fn pipeline(seed: u64, stages: usize, items: i64) -> (i64, usize) {
    let mut rng = Rng::new(seed);
    let mut decisions = Vec::new();
    // Machine 0 is Main; machine s + 1 is stage s, which sends to stage
    // s - 1 (stage 0 is last), as in the plain loop.
    let n = stages + 1;
    let mut inboxes: Vec<VecDeque<i64>> = vec![VecDeque::new(); n];
    let mut held: Vec<Option<i64>> = vec![None; n];
    let mut sums = vec![0i64; n];
    let mut fed = 0;
    let mut bits = vec![0u64; n.div_ceil(64)];
    let set = |bits: &mut [u64], i: usize, on: bool| {
        if on {
            bits[i / 64] |= 1 << (i % 64);
        } else {
            bits[i / 64] &= !(1 << (i % 64));
        }
    };
    set(&mut bits, 0, true);
    let mut enabled = Vec::with_capacity(n);
    loop {
        enabled.clear();
        for (w, &b) in bits.iter().enumerate() {
            let mut b = b;
            while b != 0 {
                enabled.push((w * 64) as u32 + b.trailing_zeros());
                b &= b - 1;
            }
        }
        if enabled.is_empty() {
            return (sums.iter().sum(), decisions.len());
        }
        let m = decide(&mut rng, &mut decisions, &enabled) as usize;
        if m == 0 {
            inboxes[stages].push_back(fed);
            set(&mut bits, stages, true);
            fed += 1;
            set(&mut bits, 0, fed < items);
        } else if let Some(v) = held[m].take() {
            inboxes[m - 1].push_back(v + 1);
            set(&mut bits, m - 1, true);
            set(&mut bits, m, !inboxes[m].is_empty());
        } else {
            let v = inboxes[m].pop_front().unwrap_or_default();
            sums[m] += black_box(v);
            if m > 1 {
                held[m] = Some(v);
            } else {
                set(&mut bits, m, !inboxes[m].is_empty());
            }
        }
    }
}
