// An int is compared with a float using !=; int and float are distinct types in P.
// expect-error: incomparable-types
machine Main {
  var n: int;
  var f: float;
  start state Init {
    entry {
      f = 1.0;
      if (n != f) {
        n = 1;
      }
    }
  }
}
