// The machine Worker has no state marked start; every machine needs exactly one start state.
// expect-error: missing-start-state
machine Worker {
  state Idle { }
  state Busy { }
}

machine Main {
  start state Init {
    entry {
      new Worker();
    }
  }
}
