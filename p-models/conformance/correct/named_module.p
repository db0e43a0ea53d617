// A named module declared with `module X = ...;` can be used in a test declaration with an attached monitor.
// expect: no-bug

event ePing: machine;
event ePong;

spec PingPongBalance observes ePing, ePong {
  var outstanding: int;

  start state Track {
    on ePing do {
      outstanding = outstanding + 1;
      assert outstanding == 1, "at most one ping in flight";
    }
    on ePong do {
      outstanding = outstanding - 1;
      assert outstanding == 0, "pong answers the ping";
    }
  }
}

machine Pinger {
  var count: int;

  start state Init {
    entry {
      var p: Ponger;
      p = new Ponger();
      send p, ePing, this;
      receive {
        case ePong: { }
      }
      send p, ePing, this;
      receive {
        case ePong: { }
      }
    }
  }
}

machine Ponger {
  start state Run {
    on ePing do (m: machine) {
      send m, ePong;
    }
  }
}

module PingPongSystem = { Pinger, Ponger };

test tcNamedModule [main=Pinger]: assert PingPongBalance in PingPongSystem;
