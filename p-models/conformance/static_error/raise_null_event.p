// The machine raises null; raising an event that is statically null is rejected.
// expect-error: null-event-emitted
machine Main {
  start state Init {
    entry {
      raise null;
    }
  }
}
