// Recursive global and machine functions.
fun Fact(n: int): int {
  if (n <= 1) {
    return 1;
  }
  return n * Fact(n - 1);
}

machine Main {
  start state Init {
    entry {
      assert Fact(5) == 120;
      assert Fib(10) == 55;
    }
  }
  fun Fib(n: int): int {
    if (n < 2) {
      return n;
    }
    return Fib(n - 1) + Fib(n - 2);
  }
}
