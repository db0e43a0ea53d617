// The spec monitor has an on null handler; monitors only react to observed events.
// expect-error: spec-null-handler
event eStart;

spec Tracker observes eStart {
  start state Watching {
    on eStart do { }
    on null goto Idle;
  }

  state Idle {
    ignore eStart;
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
