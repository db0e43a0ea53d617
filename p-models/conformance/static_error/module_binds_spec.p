// The module lists the spec monitor Safety as if it were a machine; specs are attached with assert, not bound.
// expect-error: spec-in-module-binding
event eTick;

spec Safety observes eTick {
  start state Watching {
    ignore eTick;
  }
}

machine Main {
  start state Init { }
}

test tcMain [main=Main]: { Main, Safety };
