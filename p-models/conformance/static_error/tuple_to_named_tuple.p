// An unnamed tuple value is assigned to a named tuple type; named and unnamed tuples are distinct types.
// expect-error: type-mismatch-assign
type tPoint = (x: int, y: int);

machine Main {
  var p: tPoint;
  start state Init {
    entry {
      p = (1, 2);
    }
  }
}
