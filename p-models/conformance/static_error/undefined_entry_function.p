// The start state uses the named entry function Setup, which is declared nowhere.
// expect-error: undefined-function
machine Main {
  start state Init {
    entry Setup;
  }
}
