// A handler that sends to a machine field before it is set sends to null: a null-target error.
// expect: null-target

event eStart;
event eNotify;

machine Main {
  var listener: Listener;

  start state Init {
    entry {
      send this, eStart;
    }
    on eStart do {
      send listener, eNotify;
      listener = new Listener();
    }
  }
}

machine Listener {
  start state Run {
    on eNotify do { }
  }
}
