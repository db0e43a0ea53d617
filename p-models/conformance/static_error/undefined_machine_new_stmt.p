// The new statement names Timer, but no machine or interface named Timer exists.
// expect-error: undefined-machine
machine Main {
  start state Init {
    entry {
      new Timer();
    }
  }
}
