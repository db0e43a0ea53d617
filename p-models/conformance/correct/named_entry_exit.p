// Named functions used as entry and exit functions run like anonymous ones; a named start entry receives the constructor payload.
// expect: no-bug

event eStop;
event eReport: seq[string];

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker(this);
      send w, eStop;
    }
    on eReport do (log: seq[string]) {
      assert sizeof(log) == 3, "three steps";
      assert log[0] == "setup" && log[1] == "teardown" && log[2] == "finished", "entry, exit, next entry";
    }
  }
}

machine Worker {
  var parent: Main;
  var log: seq[string];

  start state Running {
    entry Setup;
    exit Teardown;
    on eStop goto Finished;
  }

  state Finished {
    entry Finish;
  }

  fun Setup(p: Main) {
    parent = p;
    log += (sizeof(log), "setup");
  }

  fun Teardown() {
    log += (sizeof(log), "teardown");
  }

  fun Finish() {
    log += (sizeof(log), "finished");
    send parent, eReport, log;
  }
}
