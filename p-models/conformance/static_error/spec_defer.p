// The spec monitor defers an event; monitors have no queue, so defer is not allowed.
// expect-error: spec-defer
event eStart;
event eStop;

spec Tracker observes eStart, eStop {
  start state Watching {
    defer eStop;
    on eStart goto Started;
  }

  state Started {
    on eStop goto Watching;
  }
}

machine Main {
  start state Init {
    entry {
      send this, eStart;
      send this, eStop;
    }
    ignore eStart, eStop;
  }
}

test tcMain [main=Main]: assert Tracker in { Main };
