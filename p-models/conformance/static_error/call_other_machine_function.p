// Main calls Helper, a function local to the Worker machine; machine functions are only visible inside their machine.
// expect-error: undefined-function
machine Worker {
  fun Helper(): int {
    return 7;
  }

  start state Init { }
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Helper();
    }
  }
}
