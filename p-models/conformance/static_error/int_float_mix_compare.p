// An int is compared with a float using <; comparison operands must have the same type.
// expect-error: int-float-mix
machine Main {
  var n: int;
  var limit: float;
  start state Init {
    entry {
      limit = 2.5;
      if (n < limit) {
        n = n + 1;
      }
    }
  }
}
