// Reading a seq at index sizeof(s) is an index-out-of-range error.
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var x: int;
      s += (0, 10);
      s += (1, 20);
      s += (2, 30);
      x = s[sizeof(s)];
    }
  }
}
