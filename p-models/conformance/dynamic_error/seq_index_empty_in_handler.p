// Reading element 0 of an empty seq inside an event handler's helper function is an index-out-of-range error.
// expect: index-out-of-range

event eTake;

machine Main {
  var queue: seq[int];

  start state Serving {
    entry {
      queue += (0, 1);
      send this, eTake;
      send this, eTake;
    }
    on eTake do {
      Take();
    }
  }

  fun Take() {
    var head: int;
    head = queue[0];
    queue -= (0);
  }
}
