// Global and machine-local functions can be called as statements or expressions, recursively and mutually recursively.
// expect: no-bug

fun Fact(n: int): int {
  if (n <= 1) {
    return 1;
  }
  return n * Fact(n - 1);
}

fun Fib(n: int): int {
  if (n < 2) {
    return n;
  }
  return Fib(n - 1) + Fib(n - 2);
}

fun IsEven(n: int): bool {
  if (n == 0) {
    return true;
  }
  return IsOdd(n - 1);
}

fun IsOdd(n: int): bool {
  if (n == 0) {
    return false;
  }
  return IsEven(n - 1);
}

fun MinMax(a: int, b: int): (lo: int, hi: int) {
  if (a < b) {
    return (lo = a, hi = b);
  }
  return (lo = b, hi = a);
}

machine Main {
  var calls: int;

  start state Init {
    entry {
      assert Fact(5) == 120, "factorial";
      assert Fib(10) == 55, "fibonacci";
      assert IsEven(10) && IsOdd(7) && !IsEven(3), "mutual recursion";
      assert MinMax(9, 4).lo == 4 && MinMax(9, 4).hi == 9, "tuple return value";
      Count(5);
      assert calls == 6, "recursive void machine function";
      assert SumTo(100) == 5050, "machine function calling itself";
    }
  }

  fun Count(n: int) {
    calls = calls + 1;
    if (n > 0) {
      Count(n - 1);
    }
  }

  fun SumTo(n: int): int {
    if (n == 0) {
      return 0;
    }
    return n + SumTo(n - 1);
  }
}
