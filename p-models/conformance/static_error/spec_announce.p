// The spec monitor announces an event; announce is only for machines publishing to monitors.
// expect-error: spec-announce
event eStart;
event eSeen;

spec Tracker observes eStart {
  start state Watching {
    on eStart do {
      announce eSeen;
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
