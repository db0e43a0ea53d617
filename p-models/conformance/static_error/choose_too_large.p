// choose is applied to the int literal 10001; P rejects literal bounds above 10000.
// expect-error: choose-bound-too-large
machine Main {
  var n: int;
  start state Init {
    entry {
      n = choose(10001);
    }
  }
}
