// The handler for ePing, which has no payload, declares an int parameter that could never be filled.
// expect-error: handler-payload-mismatch
event ePing;

machine Main {
  start state Init {
    entry {
      send this, ePing;
    }
    on ePing do (n: int) {
      print format("{0}", n);
    }
  }
}
