// An event is compared with an int using ==; equality needs operands of mutually assignable types.
// expect-error: incomparable-types
event ePing;

machine Main {
  var e: event;
  start state Init {
    entry {
      e = ePing;
      assert e == 0;
    }
  }
}
