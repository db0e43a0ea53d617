// Event values can be stored, compared (by event type) and used as the event of a send.
// expect: no-bug

event ePing;
event ePong;
event eNumber: int;

machine Main {
  var pings: int;
  var numbers: int;

  start state Init {
    entry {
      var ev: event;
      var evs: seq[event];
      ev = ePing;
      assert ev == ePing && ev != ePong, "comparison by event type";
      evs += (0, ePing);
      evs += (1, eNumber);
      assert eNumber in evs && !(ePong in evs), "events in a collection";
      send this, ev;
      ev = evs[1];
      send this, ev, 5;
      send this, ePing;
    }
    on ePing do {
      pings = pings + 1;
    }
    on eNumber do (n: int) {
      numbers = numbers + n;
      assert pings == 1, "the first ping was handled before the number";
    }
    on ePong do {
      assert false, "ePong is never sent";
    }
  }
}
