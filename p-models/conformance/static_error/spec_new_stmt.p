// The spec monitor creates a machine with a new statement; monitors cannot create machines.
// expect-error: spec-new
event eStart;

machine Helper {
  start state Init { }
}

spec Tracker observes eStart {
  start state Watching {
    on eStart do {
      new Helper();
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

test tcMain [main=Main]: assert Tracker in { Main, Helper };
