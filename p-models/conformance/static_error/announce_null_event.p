// The machine announces null as the event; announcing an event that is statically null is rejected.
// expect-error: null-event-emitted
machine Main {
  start state Init {
    entry {
      announce null;
    }
  }
}
