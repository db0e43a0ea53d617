// The machine function Total is declared to return int but has no return statement at all.
// expect-error: missing-return
machine Main {
  var a: int;
  var b: int;

  fun Total(): int {
    a = a + b;
  }

  start state Init {
    entry {
      b = Total();
    }
  }
}
