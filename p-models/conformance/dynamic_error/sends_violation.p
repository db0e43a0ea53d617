// A machine declaring `sends eAllowed;` that sends another event (through an event variable) violates its sends set at run time.
// expect: sends-violation

event eAllowed;
event eForbidden;

machine Main sends eAllowed; {
  start state Init {
    entry {
      var ev: event;
      var r: Receiver;
      r = new Receiver();
      send r, eAllowed;
      ev = eForbidden;
      send r, ev;
    }
  }
}

machine Receiver {
  start state Run {
    on eAllowed do { }
    on eForbidden do { }
  }
}
