// Raising an event that the current state ignores drops it silently.
// expect: no-bug

event eNoise;
event eNext;

machine Main {
  start state Init {
    ignore eNoise;
    entry {
      send this, eNext;
      raise eNoise;
    }
    on eNext goto Done;
  }

  state Done {
    on eNoise do {
      assert false, "the ignored raised event must not reach a later state";
    }
  }
}
