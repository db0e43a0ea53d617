// Removing index sizeof(s) from a seq is an index-out-of-range error.
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      s += (0, 7);
      s += (1, 8);
      s -= (sizeof(s));
    }
  }
}
