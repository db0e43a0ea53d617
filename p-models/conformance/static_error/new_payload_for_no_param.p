// Worker's start state entry takes no parameter, but Worker is created with an argument.
// expect-error: payload-type-mismatch
machine Worker {
  start state Init { }
}

machine Main {
  start state Init {
    entry {
      new Worker(5);
    }
  }
}
