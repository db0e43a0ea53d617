// The state body is never closed: the machine has one more opening brace than closing braces.
// expect-error: parse-error
machine Main {
  var n: int;
  start state Init {
    entry {
      if (n == 0) {
        n = 1;
    }
  }
}
