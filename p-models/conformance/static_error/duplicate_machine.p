// Two machines are both named Worker; machine names must be unique.
// expect-error: duplicate-machine
machine Worker {
  start state Init { }
}

machine Worker {
  start state Idle { }
}

machine Main {
  start state Init {
    entry {
      new Worker();
    }
  }
}
