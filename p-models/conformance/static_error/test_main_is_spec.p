// The test names the spec monitor Safety as its main machine; the main machine must be a (non-spec) machine of the module.
// expect-error: main-not-in-module
event eTick;

spec Safety observes eTick {
  start state Watching {
    ignore eTick;
  }
}

machine Main {
  start state Init { }
}

test tcMain [main=Safety]: assert Safety in { Main };
