//! A ping-pong server with two clients, written by hand in the shape the
//! code generator emits, to try the checker's command line:
//!
//! ```text
//! cargo run -p p-runtime --example pingpong -- -i 1000
//! ```
//!
//! The server asserts that no client is served more than `MAX_STREAK`
//! times in a row, which holds in most interleavings but not all: one
//! schedule rarely breaks it, a thousand usually do.

use p_runtime::cli::Program;
use p_runtime::{
    Ctl, Ctx, Event, EventId, Loc, Machine, MachineRef, MachineType, MonitorObj, Payload, StateId,
    StateInfo, Temperature, TestCase,
};

/// The program's events, numbered as generated code numbers them.
#[derive(Clone, Debug, PartialEq)]
enum Ev {
    Null,
    Halt,
    /// A client's request: who it is and its number.
    Ping(MachineRef, i64),
    Pong,
}

const PING: EventId = EventId(2);
const PONG: EventId = EventId(3);

impl Event for Ev {
    const HALT: Self = Ev::Halt;
    const NULL: Self = Ev::Null;
    fn id(&self) -> EventId {
        match self {
            Ev::Null => EventId::NULL,
            Ev::Halt => EventId::HALT,
            Ev::Ping(..) => PING,
            Ev::Pong => PONG,
        }
    }
    fn name_of(id: EventId) -> &'static str {
        ["null", "halt", "Ping", "Pong"][id.0 as usize]
    }
    fn payload_text(&self) -> Option<String> {
        match self {
            Ev::Ping(m, n) => Some(format!("({m}, {n})")),
            _ => None,
        }
    }
}

type R = Result<(), Ctl<Ev>>;

const ROUNDS: i64 = 4;
const MAX_STREAK: i64 = 5;

const INIT: &[StateInfo] = &[StateInfo {
    name: "Init",
    defer: &[],
    ignore: &[],
    on_null: false,
    handles: &[],
    temperature: Temperature::Warm,
}];

/// Creates the server and two clients.
struct Main;

impl Machine<Ev> for Main {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Main
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        let server = ctx.create::<Server>(None).await?;
        for id in 1..=2i64 {
            ctx.create::<Client>(Some(Box::new((server, id)))).await?;
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

/// Answers every `Ping` with a `Pong`, counting who it served last.
#[derive(Default)]
struct Server {
    last: i64,
    streak: i64,
}

impl Machine<Ev> for Server {
    const NAME: &'static str = "Server";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Server::default()
    }
    async fn entry(&mut self, _: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        Ok(())
    }
    async fn exit(&mut self, _: &mut Ctx<Ev>, _: StateId) -> R {
        Ok(())
    }
    async fn handle(&mut self, ctx: &mut Ctx<Ev>, _: StateId, e: Ev) -> R {
        let Ev::Ping(client, id) = e else {
            return Err(Ctl::Unhandled(e));
        };
        self.streak = if id == self.last { self.streak + 1 } else { 1 };
        self.last = id;
        if self.streak > MAX_STREAK {
            let why = format!("client {id} was served {} times in a row", self.streak);
            return Err(ctx.assert_failed(Some(&why), Loc::new("PingPong.p", 31, 9)));
        }
        ctx.send(client, Ev::Pong, Loc::new("PingPong.p", 33, 9))
            .await
    }
}

/// Pings the server `ROUNDS` times, each time waiting for the `Pong`, and
/// flips a coin for an extra round trip in between.
struct Client;

impl Machine<Ev> for Client {
    const NAME: &'static str = "Client";
    const STATES: &'static [StateInfo] = INIT;
    const START: StateId = StateId(0);
    fn new() -> Self {
        Client
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, payload: Payload) -> R {
        let (server, id) = *payload
            .and_then(|p| p.downcast::<(MachineRef, i64)>().ok())
            .expect("a client starts with (server, id)");
        let me = ctx.this();
        for _ in 0..ROUNDS {
            let trips = if ctx.nondet()? { 2 } else { 1 };
            for _ in 0..trips {
                ctx.send(server, Ev::Ping(me, id), Loc::new("PingPong.p", 52, 13))
                    .await?;
                ctx.receive(&[PONG]).await?;
            }
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

fn no_monitors() -> Vec<Box<dyn MonitorObj<Ev>>> {
    Vec::new()
}

static PROGRAM: Program<Ev> = Program {
    name: "pingpong",
    tests: &[TestCase {
        name: "DefaultImpl",
        monitors: no_monitors,
        main: MachineType::of::<Main>(),
        bindings: &[],
        params: &[],
    }],
};

fn main() {
    p_runtime::cli::main(&PROGRAM)
}
