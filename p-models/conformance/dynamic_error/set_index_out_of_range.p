// Indexing a set at sizeof(set) is an index-out-of-range error.
// expect: index-out-of-range

machine Main {
  start state Init {
    entry {
      var s: set[int];
      var i: int;
      var total: int;
      s += (5);
      s += (6);
      while (i <= sizeof(s)) {
        total = total + s[i];
        i = i + 1;
      }
    }
  }
}
