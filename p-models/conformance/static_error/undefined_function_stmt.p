// The entry function calls Log as a statement, but no function Log is declared.
// expect-error: undefined-function
machine Main {
  start state Init {
    entry {
      Log("starting");
    }
  }
}
