// Passing asserts, without a message, with a literal message and with a format message, have no effect.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var x: int;
      var s: seq[int];
      x = 3;
      s += (0, x);
      assert true;
      assert x == 3;
      assert x > 0, "x is positive";
      assert sizeof(s) == 1, format("expected one element, got {0}", sizeof(s));
      assert s[0] == x && x != 4, format("s[0] = {0}, x = {1}", s[0], x);
    }
  }
}
