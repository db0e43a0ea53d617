// A machine in receive ignores events of other types; if only those arrive, it stays blocked and the system deadlocks.
// expect: deadlock

event eExpected;
event eOther;

machine Main {
  start state Init {
    entry {
      new Sender(this);
      receive {
        case eExpected: { }
      }
    }
    on eOther do { }
  }
}

machine Sender {
  start state Send {
    entry (m: Main) {
      send m, eOther;
      send m, eOther;
    }
  }
}
