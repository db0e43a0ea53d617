// A string is coerced to int with to; to only converts float/int, enum to int, and machine references to interfaces.
// expect-error: bad-coercion
machine Main {
  var n: int;
  start state Init {
    entry {
      n = "42" to int;
    }
  }
}
