// Main creates a Worker, but the tested module does not contain Worker; a test module must be closed under creation.
// expect-error: module-not-closed
machine Worker {
  start state Init { }
}

machine Main {
  start state Init {
    entry {
      new Worker();
    }
  }
}

test tcMain [main=Main]: { Main };
