// The state both handles and defers eData; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eData: int;

machine Main {
  start state Init {
    entry {
      send this, eData, 1;
    }
    on eData do (n: int) {
      print format("{0}", n);
    }
    defer eData;
  }
}
