// `raise halt` with no halt handler runs the state's exit function and halts the machine; later sends to it are dropped.
// expect: no-bug

event eExited;
event ePing;

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker(this);
      receive {
        case eExited: { }
      }
      send w, ePing;
      send w, ePing;
    }
  }
}

machine Worker {
  var parent: Main;

  start state Run {
    entry (p: Main) {
      parent = p;
      raise halt;
    }
    exit {
      send parent, eExited;
    }
  }
}
