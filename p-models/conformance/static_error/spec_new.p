// The spec monitor creates a machine with new; monitors cannot create machines.
// expect-error: spec-new
event eStart;

machine Helper {
  start state Init { }
}

spec Tracker observes eStart {
  var h: machine;
  start state Watching {
    on eStart do {
      h = new Helper();
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
