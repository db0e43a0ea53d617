// The target of send is an int; the target must be a machine reference.
// expect-error: send-non-machine
event ePing;

machine Main {
  var target: int;
  start state Init {
    entry {
      send target, ePing;
    }
    ignore ePing;
  }
}
