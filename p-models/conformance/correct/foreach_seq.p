// foreach over a seq visits every element once, in index order.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: seq[string];
      var item: string;
      var joined: string;
      var n: int;
      var empty: seq[string];

      s += (0, "a");
      s += (1, "b");
      s += (2, "c");
      foreach (item in s) {
        joined = joined + item;
        n = n + 1;
      }
      assert joined == "abc", "elements visited in index order";
      assert n == 3, "each element visited once";

      foreach (item in empty) {
        assert false, "no iteration over an empty seq";
      }
    }
  }
}
