// The state defers null; defer lists only accept declared events, never the null event.
// expect-error: parse-error
event eData;

machine Main {
  start state Init {
    defer eData, null;
  }
}
