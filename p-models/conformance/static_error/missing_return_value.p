// The function Next is declared to return int but its return statement has no value.
// expect-error: missing-return-value
fun Next(x: int): int {
  return;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Next(1);
    }
  }
}
