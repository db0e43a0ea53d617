// The state Busy uses Setup as its entry function, but Setup takes two parameters; an entry function takes at most one.
// expect-error: handler-too-many-params
machine Main {
  fun Setup(a: int, b: int) {
    print format("{0} {1}", a, b);
  }

  start state Init {
    entry {
      goto Busy;
    }
  }

  state Busy {
    entry Setup;
  }
}
