// A plain string literal contains the placeholder {0}; every P string literal is a format string, so it needs an argument.
// expect-error: format-arg-count
machine Main {
  start state Init {
    entry {
      print "value is {0}";
    }
  }
}
