// Inserting a value into a collection stores a copy: later changes to the source variable do not reach the stored element.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var t: (n: int, tags: seq[string]);
      var list: seq[(n: int, tags: seq[string])];
      var byName: map[string, (n: int, tags: seq[string])];
      var pool: set[seq[int]];
      var q: seq[int];
      t.n = 1;
      t.tags += (0, "x");
      list += (0, t);
      byName["first"] = t;
      t.n = 2;
      t.tags[0] = "y";
      assert list[0].n == 1 && list[0].tags[0] == "x", "seq element unchanged";
      assert byName["first"].n == 1 && byName["first"].tags[0] == "x", "map value unchanged";
      q += (0, 1);
      pool += (q);
      q += (1, 2);
      assert sizeof(pool) == 1 && !(q in pool), "set element unchanged";
    }
  }
}
