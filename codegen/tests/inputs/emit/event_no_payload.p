// An event without payload, sent to self and handled.
event ePing;

machine Main {
  var count: int;
  start state Init {
    entry {
      send this, ePing;
    }
    on ePing do {
      count = count + 1;
      assert count == 1, "handled once";
    }
  }
}
