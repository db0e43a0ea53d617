// The transition function calls Alert, which raises an event; the restriction on transition functions is transitive.
// expect-error: state-change-in-transition
event eNext;
event eAlarm;

machine Main {
  fun Alert() {
    raise eAlarm;
  }

  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done with {
      Alert();
    }
  }

  state Done {
    ignore eAlarm;
  }
}
