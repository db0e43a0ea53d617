// A value of type machine is assigned to a variable of interface type Worker without a to cast.
// expect-error: type-mismatch-assign
machine Worker {
  start state Init { }
}

machine Main {
  var anyone: machine;
  var w: Worker;
  start state Init {
    entry {
      anyone = new Worker();
      w = anyone;
    }
  }
}
