// The operator < is applied to two sequences; ordering is only defined on int, float and string.
// expect-error: bad-operand-type
machine Main {
  var a: seq[int];
  var b: seq[int];
  var smaller: bool;
  start state Init {
    entry {
      smaller = a < b;
    }
  }
}
