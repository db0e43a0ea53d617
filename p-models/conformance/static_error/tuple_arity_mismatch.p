// A 3-field tuple is assigned to a 2-field tuple type.
// expect-error: type-mismatch-assign
machine Main {
  var pair: (int, int);
  start state Init {
    entry {
      pair = (1, 2, 3);
    }
  }
}
