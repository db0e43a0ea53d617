// The machine Main marks two states as start; a machine has exactly one start state.
// expect-error: duplicate-start-state
machine Main {
  start state Init { }
  start state Other { }
}
