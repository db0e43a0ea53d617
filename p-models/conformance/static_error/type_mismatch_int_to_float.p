// An int literal is assigned to a float variable; P has no implicit int-to-float conversion.
// expect-error: type-mismatch-assign
machine Main {
  var ratio: float;
  start state Init {
    entry {
      ratio = 1;
    }
  }
}
