// Square takes an int but is called with a string argument.
// expect-error: wrong-argument-type
fun Square(x: int): int {
  return x * x;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Square("4");
    }
  }
}
