// The named transition function Switch raises an event; transition functions may not change state or raise.
// expect-error: state-change-in-transition
event eNext;
event eAgain;

machine Main {
  fun Switch() {
    raise eAgain;
  }

  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done with Switch;
  }

  state Done {
    ignore eAgain;
  }
}
