// foreach over a seq, a set and the keys of a map.
machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var st: set[int];
      var m: map[int, int];
      var x: int;
      var sum: int;
      s += (0, 1);
      s += (1, 2);
      st += (3);
      m[4] = 40;
      foreach (x in s) {
        sum = sum + x;
      }
      foreach (x in st) {
        sum = sum + x;
      }
      foreach (x in keys(m)) {
        sum = sum + m[x];
      }
      assert sum == 46;
    }
  }
}
