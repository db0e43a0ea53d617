// The type tNode refers to itself; P type aliases may not be recursive.
// expect-error: circular-typedef
type tNode = (value: int, next: tNode);

machine Main {
  var n: tNode;
  start state Init { }
}
