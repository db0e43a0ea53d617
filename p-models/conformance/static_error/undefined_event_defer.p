// The state defers eLater, which is not a declared event.
// expect-error: undefined-event
machine Main {
  start state Init {
    defer eLater;
  }
}
