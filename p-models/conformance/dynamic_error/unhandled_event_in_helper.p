// An event sent to another machine that has no handler for it in its current state is an unhandled-event error.
// expect: unhandled-event

event eKnown;
event eUnknown;

machine Main {
  start state Init {
    entry {
      var h: Helper;
      h = new Helper();
      send h, eKnown;
      send h, eUnknown;
    }
  }
}

machine Helper {
  start state Run {
    on eKnown do { }
  }
}
