// foreach over a set visits each element exactly once.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: set[int];
      var seen: set[int];
      var x: int;
      var sum: int;
      var n: int;

      s += (4);
      s += (1);
      s += (3);
      s += (2);
      foreach (x in s) {
        assert !(x in seen), "no element is visited twice";
        seen += (x);
        sum = sum + x;
        n = n + 1;
      }
      assert n == 4 && sum == 10, "all four elements visited";
      assert seen == s, "visited elements equal the set";
    }
  }
}
