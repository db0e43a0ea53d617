// Sends to a halted machine are dropped silently, but monitors still observe them.
// expect: no-bug

event eGone;
event ePing;
event eCount: int;

spec PingCounter observes ePing, eCount {
  var n: int;

  start state Count {
    on ePing do {
      n = n + 1;
    }
    on eCount do (expected: int) {
      assert n == expected, format("observed {0} pings, expected {1}", n, expected);
    }
  }
}

machine Main {
  start state Init {
    entry {
      var s: Sleeper;
      s = new Sleeper(this);
      receive {
        case eGone: { }
      }
      send s, ePing;
      send s, ePing;
      announce eCount, 2;
    }
  }
}

machine Sleeper {
  var parent: Main;

  start state Run {
    entry (p: Main) {
      parent = p;
      raise halt;
    }
    exit {
      send parent, eGone;
    }
  }
}

test tcHaltedObserved [main=Main]: assert PingCounter in { Main, Sleeper };
