// The operator && is applied to ints; logical operators require bool operands.
// expect-error: bad-operand-type
machine Main {
  var x: int;
  var y: int;
  start state Init {
    entry {
      x = 1;
      y = 2;
      if (x && y) {
        x = 0;
      }
    }
  }
}
