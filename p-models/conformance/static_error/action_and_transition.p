// The state has both a do-handler and a goto transition for eNext; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eNext;

machine Main {
  start state Init {
    entry {
      send this, eNext;
    }
    on eNext do { print "next"; }
    on eNext goto Done;
  }

  state Done { }
}
