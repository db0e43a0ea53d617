// keys(m) and values(m) are copies: modifying them does not change the map.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var m: map[int, seq[int]];
      var ks: seq[int];
      var vs: seq[seq[int]];
      m[1] = default(seq[int]);
      m[1] += (0, 10);
      ks = keys(m);
      ks += (1, 2);
      vs = values(m);
      vs[0][0] = 99;
      vs += (1, default(seq[int]));
      assert sizeof(m) == 1 && !(2 in m), "the map has one key";
      assert m[1][0] == 10, "the map value is unchanged";
    }
  }
}
