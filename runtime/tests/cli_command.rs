//! `P_CHECK_COMMAND` replaces the binary's path in the printed commands.
//! Alone in its test binary: it sets an environment variable.

mod common;

use common::*;
use p_runtime::cli::{Program, run};
use p_runtime::{
    Ctl, Ctx, Loc, Machine, MachineType, MonitorObj, Payload, StateId, StateInfo, Temperature,
    TestCase,
};

/// Fails at once, so every run finds a bug.
struct Fails;

impl Machine<Ev> for Fails {
    const NAME: &'static str = "Main";
    const STATES: &'static [StateInfo] = &[StateInfo {
        name: "Init",
        defer: &[],
        ignore: &[],
        on_null: false,
        handles: &[],
        temperature: Temperature::Warm,
    }];
    const START: StateId = StateId(0);
    fn new() -> Self {
        Fails
    }
    async fn entry(&mut self, ctx: &mut Ctx<Ev>, _: StateId, _: Payload) -> R {
        Err(ctx.assert_failed(None, Loc::new("fail.p", 1, 1)))
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
    name: "fails",
    tests: &[TestCase {
        name: "DefaultImpl",
        monitors: no_monitors,
        main: MachineType::of::<Fails>(),
        bindings: &[],
        params: &[],
    }],
};

#[test]
fn printed_commands_start_with_p_check_command_when_set() {
    let dir = std::env::temp_dir().join(format!("p-runtime-cli-command-{}", std::process::id()));
    let argv: Vec<String> = ["./fails", "-q", "--seed", "4", "-o", dir.to_str().unwrap()]
        .map(str::to_owned)
        .to_vec();
    let check = || {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(&PROGRAM, &argv, &mut out, &mut err), 1);
        String::from_utf8(out).unwrap()
    };
    let plain = check();
    assert!(
        plain.contains("\n      ./fails --testcase DefaultImpl --replay "),
        "{plain}"
    );
    assert!(plain.contains("\n      ./fails --testcase DefaultImpl --seed 4 -i 1 --sch random\n"));
    // SAFETY: this is the only test of its binary; no other thread reads the environment.
    unsafe { std::env::set_var("P_CHECK_COMMAND", "cargo xtask check p-models/fails") };
    let wrapped = check();
    assert!(
        wrapped
            .contains("\n      cargo xtask check p-models/fails --testcase DefaultImpl --replay "),
        "{wrapped}"
    );
    assert!(wrapped.contains(
        "\n      cargo xtask check p-models/fails --testcase DefaultImpl --seed 4 -i 1 --sch random\n"
    ));
    let _ = std::fs::remove_dir_all(&dir);
}
