// Field and index accesses chain through nested maps, seqs and tuples, both for reading and as assignment targets.
// expect: no-bug

type tInner = (vals: seq[int], tag: string);

machine Main {
  start state Init {
    entry {
      var m: map[string, tInner];
      var grid: seq[seq[int]];
      var row: seq[int];
      var t: (int, (string, seq[int]));
      var mm: map[int, map[int, string]];

      m["x"] = (vals = default(seq[int]), tag = "t");
      m["x"].vals += (0, 5);
      m["x"].vals[0] = m["x"].vals[0] + 1;
      assert m["x"].vals[0] == 6 && m["x"].tag == "t", "map -> named tuple -> seq";

      row += (0, 1);
      row += (1, 2);
      grid += (0, row);
      grid += (1, row);
      grid[1][0] = 10;
      assert grid[0][0] == 1 && grid[1][0] == 10 && grid[1][1] == 2, "seq of seqs";

      t.1.1 += (0, 9);
      t.1.0 = "s";
      assert t.1.1[0] == 9 && t.1.0 == "s" && t.0 == 0, "tuple inside tuple";

      mm[1] = default(map[int, string]);
      mm[1][2] = "deep";
      assert mm[1][2] == "deep" && sizeof(mm[1]) == 1, "map of maps";
    }
  }
}
