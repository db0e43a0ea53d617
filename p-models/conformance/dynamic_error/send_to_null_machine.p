// Sending to a machine variable that was never assigned (null) is a null-target error.
// expect: null-target

event ePing;

machine Main {
  start state Init {
    entry {
      var target: machine;
      send target, ePing;
    }
    on ePing do { }
  }
}
