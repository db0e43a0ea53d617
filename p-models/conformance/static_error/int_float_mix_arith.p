// An int and a float are added; P requires both operands of + to have the same numeric type.
// expect-error: int-float-mix
machine Main {
  var total: float;
  var n: int;
  start state Init {
    entry {
      n = 2;
      total = 1.5 + n;
    }
  }
}
