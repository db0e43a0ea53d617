// keys(m) and values(m) return seqs with one entry per map entry, and sizeof counts seq, set and map elements.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var m: map[string, int];
      var dup: map[int, int];
      var ks: seq[string];
      var vs: seq[int];
      var v: int;
      var total: int;
      var st: set[int];
      var sq: seq[int];
      m["a"] = 1;
      m["b"] = 2;
      m["c"] = 3;
      ks = keys(m);
      vs = values(m);
      assert sizeof(ks) == 3 && sizeof(vs) == 3, "one key and one value per entry";
      assert "a" in ks && "b" in ks && "c" in ks, "all keys";
      foreach (v in vs) {
        total = total + v;
      }
      assert total == 6, "all values";
      dup[1] = 5;
      dup[2] = 5;
      assert sizeof(values(dup)) == 2, "values keeps duplicates";
      assert sizeof(keys(default(map[int, int]))) == 0, "keys of an empty map";
      st += (1);
      st += (2);
      sq += (0, 9);
      assert sizeof(st) == 2 && sizeof(sq) == 1 && sizeof(m) == 3, "sizeof of each collection";
    }
  }
}
