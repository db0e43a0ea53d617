// A raised event is handled before any event already waiting in the inbox.
// expect: no-bug

event eQueued;
event eRaised;
event eCheck;

machine Main {
  var log: seq[string];

  start state Init {
    entry {
      send this, eQueued;
      send this, eCheck;
      raise eRaised;
    }
    on eRaised do {
      log += (sizeof(log), "raised");
    }
    on eQueued do {
      log += (sizeof(log), "queued");
    }
    on eCheck do {
      assert sizeof(log) == 2, "two events handled before the check";
      assert log[0] == "raised", "the raised event is handled first";
      assert log[1] == "queued", "the queued event is handled second";
    }
  }
}
