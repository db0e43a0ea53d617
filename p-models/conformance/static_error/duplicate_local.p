// The function Sum declares the local variable total twice; local names in a function must be unique.
// expect-error: duplicate-variable
fun Sum(a: int, b: int): int {
  var total: int;
  var total: int;
  total = a + b;
  return total;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Sum(1, 2);
    }
  }
}
