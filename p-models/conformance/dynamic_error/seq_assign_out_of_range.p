// Assigning to a seq element past its end is an index-out-of-range error (it does not grow the seq).
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      s += (0, 1);
      s[1] = 2;
    }
  }
}
