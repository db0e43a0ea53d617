// An event ignored in the current state is dropped when dequeued; the same event is handled normally in a state that does not ignore it.
// expect: no-bug

event eNoise;
event eGo;
event eDone;

machine Main {
  var noise: int;

  start state Quiet {
    ignore eNoise;
    entry {
      send this, eNoise;
      send this, eNoise;
      send this, eGo;
      send this, eNoise;
      send this, eDone;
    }
    on eGo goto Listening;
  }

  state Listening {
    on eNoise do {
      noise = noise + 1;
    }
    on eDone do {
      assert noise == 1, format("only the event sent after eGo is handled, got {0}", noise);
    }
  }
}
