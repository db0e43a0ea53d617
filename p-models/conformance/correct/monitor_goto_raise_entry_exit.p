// Inside a monitor, raise is handled at once, goto runs exit then entry (with payload), and `on e goto S with f` runs exit, f, entry.
// expect: no-bug

event eStep: int;
event eInternal: int;
event eVerify;

spec Stepper observes eStep, eInternal, eVerify {
  var log: seq[string];

  start state A {
    entry {
      Log("enter A");
    }
    exit {
      Log("exit A");
    }
    on eStep do (n: int) {
      raise eInternal, n * 2;
    }
    on eInternal goto B;
  }

  state B {
    entry (n: int) {
      Log(format("enter B {0}", n));
    }
    exit {
      Log("exit B");
    }
    on eStep goto C with (n: int) {
      Log(format("with {0}", n));
    }
  }

  state C {
    entry {
      Log("enter C");
    }
    on eVerify do {
      assert sizeof(log) == 6, format("expected 6 steps, got {0}", sizeof(log));
      assert log[0] == "enter A" && log[1] == "exit A", "start entry, then exit on the raised transition";
      assert log[2] == "enter B 2", "entry got the raised payload";
      assert log[3] == "exit B" && log[4] == "with 5" && log[5] == "enter C", "exit, with, entry";
    }
  }

  fun Log(s: string) {
    log += (sizeof(log), s);
  }
}

machine Main {
  start state Init {
    entry {
      announce eStep, 1;
      announce eStep, 5;
      announce eVerify;
    }
  }
}

test tcMonitorTransitions [main=Main]: assert Stepper in { Main };
