// The monitor Safety is attached in both unioned modules; a monitor may be attached only once.
// expect-error: invalid-composition
event eTick;

spec Safety observes eTick {
  start state Watching {
    ignore eTick;
  }
}

machine Worker {
  start state Init {
    entry {
      send this, eTick;
    }
    ignore eTick;
  }
}

machine Main {
  start state Init {
    entry {
      new Worker();
    }
  }
}

test tcMain [main=Main]: union (assert Safety in { Main }), (assert Safety in { Worker });
