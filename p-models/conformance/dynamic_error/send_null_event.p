// Sending an event variable that holds null (the default of `event`) is a null-event error.
// expect: null-event

event eReal;

machine Main {
  start state Init {
    entry {
      var ev: event;
      send this, ev;
    }
    on eReal do { }
  }
}
