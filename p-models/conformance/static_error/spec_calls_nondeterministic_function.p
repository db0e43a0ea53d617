// The spec monitor calls the global function Coin, which uses choose; monitors may not call nondeterministic functions.
// expect-error: spec-calls-effectful-function
event eStart;

fun Coin(): bool {
  return choose();
}

spec Tracker observes eStart {
  var heads: int;
  start state Watching {
    on eStart do {
      if (Coin()) {
        heads = heads + 1;
      }
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
