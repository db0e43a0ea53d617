// An event with no handler in the current state (not deferred or ignored) is an unhandled-event error.
// expect: unhandled-event

event eUnexpected;

machine Main {
  start state Init {
    entry {
      send this, eUnexpected;
    }
  }
}
