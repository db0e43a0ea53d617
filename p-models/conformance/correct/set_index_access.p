// Indexing a set with 0 .. sizeof-1 reaches every element exactly once.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: set[string];
      var copy: set[string];
      var i: int;
      s += ("a");
      s += ("b");
      s += ("c");
      while (i < sizeof(s)) {
        assert s[i] in s, "an indexed element belongs to the set";
        assert !(s[i] in copy), "indices give distinct elements";
        copy += (s[i]);
        i = i + 1;
      }
      assert copy == s, "every element reached";
    }
  }
}
