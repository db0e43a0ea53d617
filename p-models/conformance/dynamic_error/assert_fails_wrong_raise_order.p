// A raised event is handled before earlier queued events, so an assert expecting the opposite order fails.
// expect: assertion
// message: expected the queued event first

event eQueued;
event eRaised;

machine Main {
  var first: string;

  start state Init {
    entry {
      send this, eQueued;
      raise eRaised;
    }
    on eRaised do {
      Record("raised");
    }
    on eQueued do {
      Record("queued");
    }
  }

  fun Record(name: string) {
    if (first == "") {
      first = name;
      assert first == "queued", "expected the queued event first";
    }
  }
}
