// The exit function calls Leave, which executes goto; the restriction on exit functions is transitive through calls.
// expect-error: state-change-in-exit
event eNext;

machine Main {
  fun Leave() {
    goto Done;
  }

  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Middle;
    exit {
      Leave();
    }
  }

  state Middle { }

  state Done { }
}
