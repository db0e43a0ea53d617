// The function Max has two parameters both named x; parameter names must be unique.
// expect-error: duplicate-variable
fun Max(x: int, x: int): int {
  if (x > 0) {
    return x;
  }
  return 0;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Max(1, 2);
    }
  }
}
