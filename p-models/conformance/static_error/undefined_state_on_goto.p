// The transition on eNext targets the state Waiting, which the machine does not declare.
// expect-error: undefined-state
event eNext;

machine Main {
  start state Init {
    entry {
      send this, eNext;
    }
    on eNext goto Waiting;
  }

  state Wait { }
}
