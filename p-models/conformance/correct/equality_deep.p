// == compares values structurally: seqs by order, sets and maps regardless of insertion order, tuples field by field.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s1: seq[int];
      var s2: seq[int];
      var a: set[int];
      var b: set[int];
      var m1: map[string, seq[int]];
      var m2: map[string, seq[int]];
      s1 += (0, 1);
      s1 += (1, 2);
      s2 += (0, 2);
      s2 += (0, 1);
      assert s1 == s2, "same elements in the same order";
      s2[0] = 2;
      s2[1] = 1;
      assert s1 != s2, "order matters for seqs";
      a += (1);
      a += (2);
      a += (3);
      b += (3);
      b += (1);
      b += (2);
      assert a == b, "sets equal regardless of insertion order";
      b -= (3);
      assert a != b, "different sets";
      m1["x"] = s1;
      m1["y"] = default(seq[int]);
      m2["y"] = default(seq[int]);
      m2["x"] = s1;
      assert m1 == m2, "maps equal regardless of insertion order";
      m2["x"] += (2, 3);
      assert m1 != m2, "a nested difference makes maps unequal";
      assert (1, (2, "z")) == (1, (2, "z")), "nested tuples";
    }
  }
}
