// The if condition is an int; conditions must be bool.
// expect-error: non-bool-condition
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 1;
      if (n) {
        n = 0;
      }
    }
  }
}
