// The test asserts Checker, which is an ordinary machine rather than a spec monitor.
// expect-error: assert-non-spec
machine Checker {
  start state Init { }
}

machine Main {
  start state Init { }
}

test tcMain [main=Main]: assert Checker in { Main };
