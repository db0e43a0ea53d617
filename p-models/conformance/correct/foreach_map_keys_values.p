// foreach over keys(m) and values(m) iterates every key and every value of a map.
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
    }
  }
}
