// The monitor Safety is asserted on a module that already has Safety attached.
// expect-error: invalid-assert
event eTick;

spec Safety observes eTick {
  start state Watching {
    ignore eTick;
  }
}

machine Main {
  start state Init {
    entry {
      send this, eTick;
    }
    ignore eTick;
  }
}

test tcMain [main=Main]: assert Safety in (assert Safety in { Main });
