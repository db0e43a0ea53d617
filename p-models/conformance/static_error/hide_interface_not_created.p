// The interface Worker is hidden although no machine of the module creates it; hidden interfaces must be both bound and created.
// expect-error: invalid-hide
machine Worker {
  start state Init { }
}

machine Main {
  start state Init { }
}

test tcMain [main=Main]: hidei Worker in { Main, Worker };
