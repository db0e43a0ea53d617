// The spec monitor calls Spawn, a global function that creates a machine transitively through MakeHelper.
// expect-error: spec-calls-effectful-function
event eStart;
machine Helper {
  start state Init { }
}

fun MakeHelper(): machine {
  return new Helper();
}

fun Spawn() {
  var h: machine;
  h = MakeHelper();
}

spec Tracker observes eStart {
  start state Watching {
    on eStart do { Spawn(); }
  }
}

machine Main {
  start state Init {
    entry { send this, eStart; }
    ignore eStart;
  }
}

test tcMain [main=Main]: assert Tracker in { Main, Helper };
