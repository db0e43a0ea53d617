// A bool is coerced to int with to; only float and enum values can be coerced to int.
// expect-error: bad-coercion
machine Main {
  var n: int;
  start state Init {
    entry {
      n = true to int;
    }
  }
}
