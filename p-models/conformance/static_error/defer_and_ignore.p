// The state both defers and ignores eData; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eData;

machine Main {
  start state Init {
    defer eData;
    ignore eData;
  }
}
