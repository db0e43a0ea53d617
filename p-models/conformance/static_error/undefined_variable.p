// The entry function reads the variable total, which is declared nowhere.
// expect-error: undefined-variable
machine Main {
  var count: int;
  start state Init {
    entry {
      count = total + 1;
    }
  }
}
