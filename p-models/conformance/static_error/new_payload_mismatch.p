// Worker's start state entry takes an int, but Worker is created with a string argument.
// expect-error: payload-type-mismatch
machine Worker {
  start state Init {
    entry (id: int) {
      print format("worker {0}", id);
    }
  }
}

machine Main {
  start state Init {
    entry {
      new Worker("seven");
    }
  }
}
