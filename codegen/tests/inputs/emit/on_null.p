// `on null` runs when the machine's queue is empty.
event eWork;

machine Main {
  var done: int;
  start state Init {
    entry {
      send this, eWork;
    }
    on eWork do {
      done = done + 1;
    }
    on null goto Idle;
  }
  state Idle {
    entry {
      assert done == 1;
    }
  }
}
