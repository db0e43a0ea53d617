// Arguments are passed by value: a function that mutates its parameter does not change the caller's variable.
// expect: no-bug

fun Clobber(s: seq[int], m: map[string, int], t: (a: int, b: seq[int])): int {
  s[0] = 99;
  s += (1, 98);
  m["k"] = 97;
  t.a = 96;
  t.b += (0, 95);
  return sizeof(s);
}

machine Main {
  var items: seq[int];

  start state Init {
    entry {
      var m: map[string, int];
      var t: (a: int, b: seq[int]);
      items += (0, 1);
      m["k"] = 2;
      t = (a = 3, b = items);
      assert Clobber(items, m, t) == 2, "the callee sees its own modified copy";
      assert sizeof(items) == 1 && items[0] == 1, "seq unchanged";
      assert m["k"] == 2, "map unchanged";
      assert t.a == 3 && sizeof(t.b) == 1, "tuple unchanged";
      Grow(items);
      assert sizeof(items) == 1, "field passed as an argument unchanged";
    }
  }

  fun Grow(s: seq[int]) {
    s += (0, 0);
    assert sizeof(s) == 2, "the local copy grew";
  }
}
