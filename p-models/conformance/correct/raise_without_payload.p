// A raised event without payload is handled by the current state, by a do handler or by a goto transition.
// expect: no-bug

event eStep;
event eFinish;

machine Main {
  var steps: int;

  start state Init {
    entry {
      raise eStep;
    }
    on eStep goto Counting;
  }

  state Counting {
    entry {
      steps = steps + 1;
      if (steps < 3) {
        raise eStep;
      }
      raise eFinish;
    }
    on eStep do {
      steps = steps + 10;
      raise eFinish;
    }
    on eFinish goto Done;
  }

  state Done {
    entry {
      assert steps == 11, format("expected 11 steps, got {0}", steps);
    }
  }
}
