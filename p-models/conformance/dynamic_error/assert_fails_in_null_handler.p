// The `on null` handler runs once the inbox is empty, so an assert failing inside it is reported.
// expect: assertion
// message: idle before all work arrived

event eWork;

machine Main {
  var done: int;

  start state Busy {
    entry {
      send this, eWork;
    }
    on eWork do {
      done = done + 1;
    }
    on null do {
      assert done == 2, "idle before all work arrived";
    }
  }
}
