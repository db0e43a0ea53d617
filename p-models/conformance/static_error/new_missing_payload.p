// Worker's start state entry takes an int, but Worker is created without an argument.
// expect-error: payload-type-mismatch
machine Worker {
  start state Init {
    entry (id: int) {
      print format("worker {0}", id);
    }
  }
}

machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
    }
  }
}
