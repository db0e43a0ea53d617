// The spec monitor calls the global function Notify, which sends an event; monitors may not call functions that send.
// expect-error: spec-calls-effectful-function
event eStart: machine;
event eNotice;

fun Notify(target: machine) {
  send target, eNotice;
}

spec Tracker observes eStart {
  start state Watching {
    on eStart do (m: machine) {
      Notify(m);
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eStart, this;
    }
    ignore eStart, eNotice;
  }
}

test tcMain [main=Main]: assert Tracker in { Main };
