// The event operand of send is a string; it must be an event.
// expect-error: send-non-event
machine Main {
  start state Init {
    entry {
      send this, "ping";
    }
  }
}
