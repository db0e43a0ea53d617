// Set add `+= (v)` ignores duplicates and set remove `-= (v)` of an absent element is a no-op.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: set[int];
      s += (3);
      s += (1);
      s += (3);
      assert sizeof(s) == 2, "adding a duplicate does not grow the set";
      assert 1 in s && 3 in s && !(2 in s), "membership after adds";

      s -= (3);
      assert sizeof(s) == 1 && !(3 in s), "removed element is gone";

      s -= (42);
      assert sizeof(s) == 1 && 1 in s, "removing an absent element changes nothing";

      s -= (1);
      assert sizeof(s) == 0, "set is empty";

      s += (7);
      assert sizeof(s) == 1 && 7 in s, "set usable after becoming empty";
    }
  }
}
