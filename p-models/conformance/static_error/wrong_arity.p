// Add takes two arguments but is called with three.
// expect-error: wrong-arity
fun Add(a: int, b: int): int {
  return a + b;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Add(1, 2, 3);
    }
  }
}
