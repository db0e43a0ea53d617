// The named tuple value lists its fields in a different order than the declared type; field names must match in order.
// expect-error: type-mismatch-assign
type tPoint = (x: int, y: int);

machine Main {
  var p: tPoint;
  start state Init {
    entry {
      p = (y = 2, x = 1);
    }
  }
}
