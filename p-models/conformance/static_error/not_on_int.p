// The operator ! is applied to an int; logical negation requires a bool.
// expect-error: bad-operand-type
machine Main {
  var n: int;
  var flag: bool;
  start state Init {
    entry {
      flag = !n;
    }
  }
}
