// The state Init declares two exit functions; a state has at most one exit function.
// expect-error: duplicate-exit
event eNext;

machine Main {
  var n: int;
  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done;
    exit {
      n = 1;
    }
    exit {
      n = 2;
    }
  }

  state Done { }
}
