// The spec monitor uses the fair nondeterministic choice $$; monitors must be deterministic.
// expect-error: spec-nondeterminism
event eStart;

spec Tracker observes eStart {
  var flag: bool;
  start state Watching {
    on eStart do {
      flag = $$;
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
