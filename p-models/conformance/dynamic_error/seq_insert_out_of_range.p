// Inserting into a seq at an index greater than its size is an index-out-of-range error.
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      s += (0, 1);
      s += (1, 2);
      s += (3, 4);
    }
  }
}
