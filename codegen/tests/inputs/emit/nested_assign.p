// Nested assignment through a map, a named tuple field and a seq index.
type Entry = (f: seq[int], tag: string);

machine Main {
  var m: map[string, Entry];
  start state Init {
    entry {
      var e: Entry;
      e.f += (0, 1);
      e.f += (1, 2);
      m["k"] = e;
      m["k"].f[1] = 20;
      m["k"].tag = "changed";
      assert m["k"].f[1] == 20 && e.f[1] == 2, "e is a copy";
      assert m["k"].tag == "changed";
    }
  }
}
