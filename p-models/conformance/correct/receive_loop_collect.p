// receive in a loop collects one reply from each of several machines, whatever order they arrive in.
// expect: no-bug

event eDone: int;

machine Main {
  start state Init {
    entry {
      var got: set[int];
      var i: int;
      while (i < 3) {
        new Worker((parent = this, id = i));
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        receive {
          case eDone: (id: int) {
            assert !(id in got), "each worker replies once";
            got += (id);
          }
        }
        i = i + 1;
      }
      assert sizeof(got) == 3 && 0 in got && 1 in got && 2 in got, "all workers replied";
    }
  }
}

machine Worker {
  start state Run {
    entry (cfg: (parent: Main, id: int)) {
      send cfg.parent, eDone, cfg.id;
    }
  }
}
