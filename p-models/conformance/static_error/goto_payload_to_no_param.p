// The state Ready has no entry parameter, but goto passes a payload.
// expect-error: payload-arity
machine Main {
  start state Init {
    entry {
      goto Ready, 3;
    }
  }

  state Ready { }
}
