// The assignment statement is missing its terminating semicolon.
// expect-error: parse-error
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 1
      n = n + 1;
    }
  }
}
