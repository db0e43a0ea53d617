// The state Init declares two entry functions; a state has at most one entry function.
// expect-error: duplicate-entry
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 1;
    }
    entry {
      n = 2;
    }
  }
}
