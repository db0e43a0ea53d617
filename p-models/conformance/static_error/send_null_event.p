// The machine sends null as the event; sending an event that is statically null is rejected.
// expect-error: null-event-emitted
machine Main {
  start state Init {
    entry {
      send this, null;
    }
  }
}
