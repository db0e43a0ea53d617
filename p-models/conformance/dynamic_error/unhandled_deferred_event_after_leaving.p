// A deferred event stays queued; once the machine enters a state that neither defers nor handles it, it is unhandled.
// expect: unhandled-event

event eLater;
event eGo;

machine Main {
  start state Holding {
    defer eLater;
    entry {
      send this, eLater;
      send this, eGo;
    }
    on eGo goto Released;
  }

  state Released {
  }
}
