// Integer remainder by zero is a division-by-zero error.
// expect: division-by-zero

machine Main {
  start state Init {
    entry {
      var a: int;
      var zero: int;
      var r: int;
      a = 7;
      r = a % zero;
    }
  }
}
