// The entry function calls Compute, which is declared nowhere.
// expect-error: undefined-function
machine Main {
  var n: int;
  start state Init {
    entry {
      n = Compute(3);
    }
  }
}
