// The test names Driver as its main machine, but no machine Driver is declared.
// expect-error: undefined-main-machine
machine Main {
  start state Init { }
}

test tcMain [main=Driver]: { Main };
