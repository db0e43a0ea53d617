// The machine sends eUnknown, which is not a declared event.
// expect-error: undefined-event
event ePing;

machine Main {
  start state Init {
    entry {
      send this, eUnknown;
    }
    ignore ePing;
  }
}
