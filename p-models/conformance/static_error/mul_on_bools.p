// The operator * is applied to bools; arithmetic requires int or float operands.
// expect-error: bad-operand-type
machine Main {
  var p: bool;
  var q: bool;
  start state Init {
    entry {
      p = true;
      q = p * p;
    }
  }
}
