// The transition function given with `with` executes goto; transition functions may not change state or raise.
// expect-error: state-change-in-transition
event eNext;

machine Main {
  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Middle with {
      goto Done;
    }
  }

  state Middle { }

  state Done { }
}
