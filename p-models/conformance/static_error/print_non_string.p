// print is given an int; print requires a string (use format to render values).
// expect-error: print-non-string
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 7;
      print n;
    }
  }
}
