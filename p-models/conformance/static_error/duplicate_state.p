// The machine Main declares two states named Running; state names within a machine must be unique.
// expect-error: duplicate-state
machine Main {
  start state Init {
    entry {
      goto Running;
    }
  }

  state Running { }

  state Running {
    entry {
      print "again";
    }
  }
}
