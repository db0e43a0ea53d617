// The built-in halt event has no payload, but it is sent with one.
// expect-error: payload-type-mismatch
machine Main {
  start state Init {
    entry {
      send this, halt, 0;
    }
  }
}
