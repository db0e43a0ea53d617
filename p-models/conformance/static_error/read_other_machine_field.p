// Main reads counter, a field of the Worker machine; machine variables are only visible inside their machine.
// expect-error: undefined-variable
machine Worker {
  var counter: int;
  start state Init { }
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = counter;
    }
  }
}
