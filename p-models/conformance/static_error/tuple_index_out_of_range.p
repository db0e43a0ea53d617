// The tuple has two fields (indices 0 and 1), but field 2 is read.
// expect-error: tuple-index-out-of-range
machine Main {
  var pair: (int, string);
  var n: int;
  start state Init {
    entry {
      pair = (1, "one");
      n = pair.2;
    }
  }
}
