// The machine Main defines two functions named Reset; names of functions in one machine must be unique.
// expect-error: duplicate-function
machine Main {
  var counter: int;

  fun Reset() {
    counter = 0;
  }

  fun Reset() {
    counter = 1;
  }

  start state Init {
    entry {
      Reset();
    }
  }
}
