// An event deferred in several consecutive states stays queued through all of them and is handled in the first state that does not defer it.
// expect: no-bug

event eJob: int;
event eNext;

machine Main {
  var handledIn: string;
  var job: int;

  start state First {
    defer eJob;
    entry {
      send this, eJob, 7;
      send this, eNext;
    }
    on eNext goto Second;
  }

  state Second {
    defer eJob;
    entry {
      send this, eNext;
    }
    on eNext goto Third;
  }

  state Third {
    on eJob do (j: int) {
      handledIn = "Third";
      job = j;
      assert handledIn == "Third" && job == 7, "handled only after leaving the deferring states";
    }
  }
}
