// A returned collection is a copy: mutating the result of a getter leaves the machine field unchanged.
// expect: no-bug

machine Main {
  var items: map[string, seq[int]];

  start state Init {
    entry {
      var got: map[string, seq[int]];
      var inner: seq[int];
      items["a"] = default(seq[int]);
      items["a"] += (0, 1);
      got = Items();
      got["a"] += (1, 2);
      got["b"] = default(seq[int]);
      assert sizeof(items) == 1 && sizeof(items["a"]) == 1, "field unchanged after mutating the returned map";
      inner = items["a"];
      inner[0] = 50;
      assert items["a"][0] == 1, "reading an element gives a copy";
    }
  }

  fun Items(): map[string, seq[int]] {
    return items;
  }
}
