// The function Sign returns on the then-branch only; every path of a function with a return type must return.
// expect-error: missing-return
fun Sign(x: int): int {
  if (x > 0) {
    return 1;
  }
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Sign(3);
    }
  }
}
