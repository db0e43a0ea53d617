// Integer division by zero is a division-by-zero error.
// expect: division-by-zero

machine Main {
  start state Init {
    entry {
      var a: int;
      var b: int;
      var c: int;
      a = 10;
      c = a / b;
    }
  }
}
