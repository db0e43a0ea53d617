// The state installs a handler for eTimeout, which is not a declared event.
// expect-error: undefined-event
event ePing;

machine Main {
  start state Init {
    on ePing do { }
    on eTimeout do { }
  }
}
