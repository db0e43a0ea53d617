// A test declaration can attach a monitor to a union of modules and name any machine of it as main.
// expect: no-bug

event eTask: int;
event eDone: int;

spec TasksMatch observes eTask, eDone {
  var open: set[int];

  start state Track {
    on eTask do (id: int) {
      open += (id);
    }
    on eDone do (id: int) {
      assert id in open, format("done for unknown task {0}", id);
      open -= (id);
    }
  }
}

machine Driver {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker(this);
      send w, eTask, 1;
      send w, eTask, 2;
    }
    on eDone do { }
  }
}

machine Worker {
  var boss: Driver;

  start state Run {
    entry (d: Driver) {
      boss = d;
    }
    on eTask do (id: int) {
      send boss, eDone, id;
    }
  }
}

test tcUnion [main=Driver]: assert TasksMatch in (union { Driver }, { Worker });
