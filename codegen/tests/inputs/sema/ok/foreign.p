// Foreign types: opaque values that can be stored, sent and received.
// (Foreign functions are rejected: see `err/foreign_functions.p`.)

type Handle;
event eOpen: Handle;

machine Helper { start state S { on eOpen do (h: Handle) { } } }

machine Main {
  var h: Handle;
  start state Init {
    entry {
      var m: machine;
      m = new Helper();
      send m, eOpen, h;
    }
  }
}
