// The entry function assigns to the variable result, which is declared nowhere.
// expect-error: undefined-variable
machine Main {
  start state Init {
    entry {
      result = 42;
    }
  }
}
