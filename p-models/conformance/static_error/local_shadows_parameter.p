// The local variable limit has the same name as a parameter of the same function; P puts both in one scope.
// expect-error: duplicate-variable
fun Clamp(value: int, limit: int): int {
  var limit: int;
  limit = 10;
  if (value > limit) {
    return limit;
  }
  return value;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Clamp(12, 5);
    }
  }
}
