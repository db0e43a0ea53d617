// The goto targets Serving, a state of another machine; goto can only name states of the current machine.
// expect-error: undefined-state
machine Server {
  start state Serving { }
}

machine Main {
  start state Init {
    entry {
      goto Serving;
    }
  }
}
