// `x in c` tests element membership for seq and set and key membership (not value) for map.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var st: set[string];
      var m: map[int, string];
      var pairs: set[(int, int)];
      s += (0, 10);
      s += (1, 20);
      assert 10 in s && 20 in s && !(30 in s), "seq membership";
      st += ("x");
      assert "x" in st && !("y" in st), "set membership";
      m[1] = "one";
      m[100] = "hundred";
      assert 1 in m && 100 in m, "map key membership";
      assert !(2 in m), "absent key";
      assert "one" in values(m) && 1 in keys(m), "values and keys are seqs";
      pairs += ((1, 2));
      assert (1, 2) in pairs && !((2, 1) in pairs), "tuple membership compares structurally";
    }
  }
}
