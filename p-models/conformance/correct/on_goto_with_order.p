// `on e goto S with f` runs exit of the current state, then f with e's payload, then S's entry with e's payload.
// expect: no-bug

event eMove: int;

machine Main {
  var log: seq[string];
  var fromWith: int;

  start state A {
    entry {
      send this, eMove, 5;
    }
    exit {
      Log("exit A");
    }
    on eMove goto B with (v: int) {
      Log("with");
      fromWith = v;
    }
  }

  state B {
    entry (v: int) {
      Log("enter B");
      assert v == 5, "entry receives the event payload";
      assert fromWith == 5, "the with function received the payload";
      assert sizeof(log) == 3, "three steps";
      assert log[0] == "exit A" && log[1] == "with" && log[2] == "enter B", "exit, with, entry";
    }
  }

  fun Log(s: string) {
    log += (sizeof(log), s);
  }
}
