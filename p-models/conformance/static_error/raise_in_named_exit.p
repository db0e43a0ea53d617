// The named exit function OnLeave raises an event; exit functions may not raise events or change state.
// expect-error: state-change-in-exit
event eNext;
event eLeft;

machine Main {
  fun OnLeave() {
    raise eLeft;
  }

  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done;
    exit OnLeave;
  }

  state Done {
    ignore eLeft;
  }
}
