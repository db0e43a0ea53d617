// The spec monitor calls choose; monitors must be deterministic.
// expect-error: spec-nondeterminism
event eStart;

spec Tracker observes eStart {
  var pick: int;
  start state Watching {
    on eStart do {
      pick = choose(5);
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eStart;
    }
    ignore eStart;
  }
}

test tcMain [main=Main]: assert Tracker in { Main };
