// After a null transition the machine is in a new state; an event it sends itself there without a handler is unhandled.
// expect: unhandled-event

event eTick;

machine Main {
  start state Init {
    entry {
      send this, eTick;
    }
    on eTick do { }
    on null goto Done;
  }

  state Done {
    entry {
      send this, eTick;
    }
  }
}
