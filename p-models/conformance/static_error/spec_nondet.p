// The spec monitor uses the nondeterministic choice $; monitors must be deterministic.
// expect-error: spec-nondeterminism
event eStart;

spec Tracker observes eStart {
  var flips: int;
  start state Watching {
    on eStart do {
      if ($) {
        flips = flips + 1;
      }
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
