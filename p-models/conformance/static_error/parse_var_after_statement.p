// A local variable is declared after a statement; P requires all var declarations at the start of a function body.
// expect-error: parse-error
machine Main {
  start state Init {
    entry {
      var a: int;
      a = 1;
      var b: int;
      b = a + 1;
    }
  }
}
