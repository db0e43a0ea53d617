// <IncludeProject> makes the P files of the included projects (transitively, a project reached twice read once) part of the project.
// expect: no-bug

machine Main {
  var timer: Timer;
  var tally: tTally;

  start state Init {
    entry {
      timer = new Timer();
      send timer, eStartTimer, this;
    }
    on eTimeout do (tick: int) {
      assert IsTimeout(eTimeout), "the included function sees the included event";
      tally = Record(tally, tick);
      if (tally.timeouts < 3) {
        send timer, eStartTimer, this;
      } else {
        goto Done;
      }
    }
  }

  state Done {
    entry {
      assert tally == (timeouts = 3, last = 3), format("three timeouts, got {0}", tally);
    }
  }
}
