// An event skipped by a receive stays queued and is unhandled when the state later dequeues it without a handler.
// expect: unhandled-event

event eWanted;
event eStray;

machine Main {
  start state Init {
    entry {
      new Sender(this);
      receive {
        case eWanted: { }
      }
    }
  }
}

machine Sender {
  start state Send {
    entry (m: Main) {
      send m, eStray;
      send m, eWanted;
    }
  }
}
