// The format string has an unclosed brace; a single { must start a {n} placeholder or be doubled.
// expect-error: format-malformed
machine Main {
  var n: int;
  start state Init {
    entry {
      print format("count = {0", n);
    }
  }
}
