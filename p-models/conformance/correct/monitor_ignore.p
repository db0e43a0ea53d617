// A monitor state that ignores an observed event drops it; the same event is handled after the monitor moves to another state.
// expect: no-bug

event eNoise: int;
event eOpen;
event eCheck: int;

spec NoiseAfterOpen observes eNoise, eOpen, eCheck {
  var heard: int;

  start state Closed {
    ignore eNoise;
    on eOpen goto Opened;
    on eCheck do (expected: int) {
      assert heard == expected, "nothing heard while closed";
    }
  }

  state Opened {
    on eNoise do (n: int) {
      heard = heard + n;
    }
    on eCheck do (expected: int) {
      assert heard == expected, format("heard {0}, expected {1}", heard, expected);
    }
  }
}

machine Main {
  start state Init {
    entry {
      announce eNoise, 100;
      announce eNoise, 200;
      announce eCheck, 0;
      announce eOpen;
      announce eNoise, 5;
      announce eCheck, 5;
    }
  }
}

test tcMonitorIgnore [main=Main]: assert NoiseAfterOpen in { Main };
