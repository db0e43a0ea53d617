// The spec monitor uses this; monitors have no machine identity.
// expect-error: spec-this
event eStart;

spec Tracker observes eStart {
  var me: machine;
  start state Watching {
    on eStart do {
      me = this;
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
