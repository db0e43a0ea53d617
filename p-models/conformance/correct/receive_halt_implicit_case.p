// A machine blocked in receive also accepts halt: the halt is raised in its current state, so (unhandled) it halts instead of deadlocking.
// expect: no-bug

event eNeverSent;
event eLater;
event eStarted;

machine Main {
  start state Init {
    entry {
      var w: Waiter;
      w = new Waiter(this);
      receive {
        case eStarted: { }
      }
      send w, halt;
      send w, eLater;
    }
  }
}

machine Waiter {
  start state Waiting {
    entry (m: Main) {
      send m, eStarted;
      receive {
        case eNeverSent: { }
      }
      assert false, "the receive never completes normally";
    }
  }
}
