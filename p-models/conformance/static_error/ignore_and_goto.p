// The state ignores eStop and also transitions on it; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eStop;

machine Main {
  start state Init {
    ignore eStop;
    on eStop goto Stopped;
  }

  state Stopped { }
}
