// Reading a seq at a negative index is an index-out-of-range error.
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: seq[string];
      var i: int;
      var x: string;
      s += (0, "only");
      i = -1;
      x = s[i];
    }
  }
}
