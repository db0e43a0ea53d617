// The spec monitor uses a receive statement; monitors cannot block on events.
// expect-error: spec-receive
event eStart;
event eDone;

spec Tracker observes eStart, eDone {
  start state Watching {
    on eStart do {
      receive {
        case eDone: { print "done"; }
      }
    }
    ignore eDone;
  }
}

machine Main {
  start state Init {
    entry {
      send this, eStart;
      send this, eDone;
    }
    ignore eStart, eDone;
  }
}

test tcMain [main=Main]: assert Tracker in { Main };
