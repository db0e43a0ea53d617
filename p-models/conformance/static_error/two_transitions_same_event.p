// The state has two goto transitions for eNext in one event list; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eNext;
event eSkip;

machine Main {
  start state Init {
    entry {
      send this, eNext;
    }
    on eNext, eSkip goto Left;
    on eNext goto Right;
  }

  state Left { }
  state Right { }
}
