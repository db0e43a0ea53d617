// The test asserts the monitor Safety, which is not declared anywhere.
// expect-error: undefined-spec
machine Main {
  start state Init { }
}

test tcMain [main=Main]: assert Safety in { Main };
