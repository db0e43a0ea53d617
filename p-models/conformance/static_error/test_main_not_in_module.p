// The test's main machine Driver exists but is not part of the tested module.
// expect-error: main-not-in-module
machine Driver {
  start state Init { }
}

machine Main {
  start state Init { }
}

test tcMain [main=Driver]: { Main };
