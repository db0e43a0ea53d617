// An event handled in one state is unhandled after a goto to a state that has no handler for it.
// expect: unhandled-event

event eData: int;
event eSwitch;

machine Main {
  start state Accepting {
    entry {
      send this, eData, 1;
      send this, eSwitch;
      send this, eData, 2;
    }
    on eData do (n: int) { }
    on eSwitch goto Closed;
  }

  state Closed {
  }
}
