// A goto runs the current state's exit function, then the target's entry function; code after the goto does not run.
// expect: no-bug

machine Main {
  var log: seq[string];

  start state A {
    entry {
      Log("enter A");
      goto B;
      Log("after goto");
    }
    exit {
      Log("exit A");
    }
  }

  state B {
    entry {
      Log("enter B");
      goto C;
    }
    exit {
      Log("exit B");
    }
  }

  state C {
    entry {
      Log("enter C");
      assert sizeof(log) == 5, format("expected 5 log lines, got {0}", sizeof(log));
      assert log[0] == "enter A" && log[1] == "exit A", "A entered then exited";
      assert log[2] == "enter B" && log[3] == "exit B", "B entered then exited";
      assert log[4] == "enter C", "C entered last";
    }
  }

  fun Log(s: string) {
    log += (sizeof(log), s);
  }
}
