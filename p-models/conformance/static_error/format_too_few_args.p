// The format string uses placeholders {0} and {1} but only one argument is supplied.
// expect-error: format-arg-count
machine Main {
  var x: int;
  start state Init {
    entry {
      x = 3;
      print format("x = {0}, y = {1}", x);
    }
  }
}
