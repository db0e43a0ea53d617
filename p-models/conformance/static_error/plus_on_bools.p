// The operator + is applied to two bools; + is only defined on int, float and string.
// expect-error: bad-operand-type
machine Main {
  var a: bool;
  var b: bool;
  var c: bool;
  start state Init {
    entry {
      c = a + b;
    }
  }
}
