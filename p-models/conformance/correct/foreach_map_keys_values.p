// foreach over keys(m) and values(m) iterates every key and every value of a map;
// keys(m) is a copy, so changing m in the loop does not change what it walks.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var m: map[int, int];
      var k: int;
      var v: int;
      var keySum: int;
      var valueSum: int;
      var n: int;

      m[1] = 10;
      m[2] = 20;
      m[3] = 30;
      foreach (k in keys(m)) {
        keySum = keySum + k;
        assert m[k] == k * 10, "each key maps to its value";
        n = n + 1;
      }
      foreach (v in values(m)) {
        valueSum = valueSum + v;
        n = n + 1;
      }
      assert keySum == 6, "sum of the keys";
      assert valueSum == 60, "sum of the values";
      assert n == 6, "three keys and three values";

      n = 0;
      foreach (k in keys(m)) {
        m -= (k);
        m[k + 10] = k;
        n = n + 1;
      }
      assert n == 3, "the loop walks the three keys m had when it started";
      assert sizeof(m) == 3 && (11 in m) && (12 in m) && (13 in m), "every old key moved up by 10";
    }
  }
}
