// Collections nest (map of seqs, set of tuples, seq of maps) and can be updated in place through the outer collection.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var bySize: map[int, seq[string]];
      var edges: set[(int, int)];
      var rows: seq[map[string, int]];
      var r: map[string, int];

      bySize[1] = default(seq[string]);
      bySize[1] += (0, "a");
      bySize[1] += (1, "b");
      bySize[2] = default(seq[string]);
      bySize[2] += (0, "cd");
      assert sizeof(bySize[1]) == 2 && bySize[1][1] == "b", "insert into a seq inside a map";
      bySize[1] -= (0);
      assert sizeof(bySize[1]) == 1 && bySize[1][0] == "b", "remove from a seq inside a map";

      edges += ((1, 2));
      edges += ((2, 3));
      edges += ((1, 2));
      assert sizeof(edges) == 2 && (2, 3) in edges, "set of tuples";

      r["k"] = 1;
      rows += (0, r);
      rows += (1, r);
      rows[1]["k"] = 2;
      rows[1]["j"] = 3;
      assert rows[0]["k"] == 1 && sizeof(rows[0]) == 1, "first row unchanged";
      assert rows[1]["k"] == 2 && rows[1]["j"] == 3, "second row updated in place";
    }
  }
}
