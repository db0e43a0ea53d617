// The right operand of || is an int; logical operators require bool operands.
// expect-error: bad-operand-type
machine Main {
  var ok: bool;
  var n: int;
  start state Init {
    entry {
      ok = ok || n;
    }
  }
}
