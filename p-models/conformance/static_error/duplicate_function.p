// The global function Double is defined twice; function names must be unique in a scope.
// expect-error: duplicate-function
fun Double(x: int): int {
  return x * 2;
}

fun Double(x: int): int {
  return x + x;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Double(3);
    }
  }
}
