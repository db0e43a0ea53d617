// The entry function returns a value; entry functions have no return type.
// expect-error: return-value-in-void
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 1;
      return n;
    }
  }
}
