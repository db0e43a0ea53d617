// A raised event that the current state does not handle is an unhandled-event error.
// expect: unhandled-event

event eInternal;

machine Main {
  start state Init {
    entry {
      raise eInternal;
    }
  }
}
