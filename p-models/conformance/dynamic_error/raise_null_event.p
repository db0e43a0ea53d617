// Raising an event variable that holds null is a null-event error.
// expect: null-event

event eChosen;

machine Main {
  var next: event;

  start state Init {
    entry {
      if (false) {
        next = eChosen;
      }
      raise next;
    }
    on eChosen do { }
  }
}
