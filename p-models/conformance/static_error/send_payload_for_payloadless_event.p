// ePing declares no payload but is sent with one.
// expect-error: payload-type-mismatch
event ePing;

machine Main {
  start state Init {
    entry {
      send this, ePing, 1;
    }
    ignore ePing;
  }
}
