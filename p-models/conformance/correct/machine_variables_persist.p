// Machine variables keep their values across handlers and states, and each machine instance has its own copy.
// expect: no-bug

event eBump;
event eAsk: machine;
event eValue: int;

machine Main {
  var answers: map[int, int];

  start state Init {
    entry {
      var a: Counter;
      var b: Counter;
      a = new Counter();
      b = new Counter();
      send a, eBump;
      send a, eBump;
      send a, eBump;
      send b, eBump;
      send a, eAsk, this;
      receive {
        case eValue: (v: int) { answers[0] = v; }
      }
      send b, eAsk, this;
      receive {
        case eValue: (v: int) { answers[1] = v; }
      }
      assert answers[0] == 3, "first counter saw three bumps";
      assert answers[1] == 1, "second counter has its own variable";
    }
  }
}

machine Counter {
  var n: int;

  start state Counting {
    on eBump do {
      n = n + 1;
      if (n == 2) {
        goto Counting2;
      }
    }
    on eAsk do (m: machine) {
      send m, eValue, n;
    }
  }

  state Counting2 {
    on eBump do {
      n = n + 1;
    }
    on eAsk do (m: machine) {
      send m, eValue, n;
    }
  }
}
