// The exit function raises an event; exit functions may not raise events or change state.
// expect-error: state-change-in-exit
event eNext;
event eCleanup;

machine Main {
  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done;
    exit {
      raise eCleanup;
    }
  }

  state Done {
    ignore eCleanup;
  }
}
