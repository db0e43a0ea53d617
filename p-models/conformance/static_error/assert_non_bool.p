// The asserted expression is an int; assert requires a bool.
// expect-error: non-bool-condition
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 5;
      assert n;
    }
  }
}
