// The format string uses the placeholder {name}; placeholders must be argument numbers.
// expect-error: format-malformed
machine Main {
  var n: int;
  start state Init {
    entry {
      print format("hello {name}", n);
    }
  }
}
