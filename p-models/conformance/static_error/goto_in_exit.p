// The exit function executes goto; exit functions may not raise events or change state.
// expect-error: state-change-in-exit
event eNext;

machine Main {
  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Middle;
    exit {
      goto Done;
    }
  }

  state Middle { }

  state Done { }
}
