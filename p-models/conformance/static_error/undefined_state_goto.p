// The goto statement targets the state Finished, which the machine does not declare.
// expect-error: undefined-state
machine Main {
  start state Init {
    entry {
      goto Finished;
    }
  }

  state Done { }
}
