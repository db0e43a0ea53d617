// The module lists Server, which is not a declared machine.
// expect-error: undefined-machine
machine Main {
  start state Init { }
}

test tcMain [main=Main]: { Main, Server };
