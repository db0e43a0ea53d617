// The format string has one placeholder but two arguments are supplied; the counts must match exactly.
// expect-error: format-arg-count
machine Main {
  var a: int;
  var b: int;
  start state Init {
    entry {
      print format("a = {0}", a, b);
    }
  }
}
