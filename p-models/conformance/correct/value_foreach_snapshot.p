// foreach iterates over the collection's value at loop start: changing the seq or set inside the loop does not change the iteration.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var st: set[int];
      var x: int;
      var visits: int;
      var sum: int;
      s += (0, 1);
      s += (1, 2);
      s += (2, 3);
      foreach (x in s) {
        s += (sizeof(s), x * 10);
        sum = sum + x;
        visits = visits + 1;
      }
      assert visits == 3 && sum == 6, "the three original elements were visited";
      assert sizeof(s) == 6, "the appends took effect on the variable";
      st += (5);
      st += (6);
      visits = 0;
      foreach (x in st) {
        st -= (5);
        st -= (6);
        visits = visits + 1;
      }
      assert visits == 2 && sizeof(st) == 0, "removals do not cut the iteration short";
    }
  }
}
