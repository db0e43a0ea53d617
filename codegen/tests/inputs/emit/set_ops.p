// set: add, remove, membership and sizeof.
machine Main {
  start state Init {
    entry {
      var s: set[string];
      s += ("a");
      s += ("b");
      s += ("a");
      assert sizeof(s) == 2;
      s -= "a";
      assert !("a" in s) && "b" in s;
    }
  }
}
