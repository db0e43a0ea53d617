// The state ignores null; ignore lists only accept declared events, never the null event.
// expect-error: parse-error
machine Main {
  start state Init {
    ignore null;
  }
}
