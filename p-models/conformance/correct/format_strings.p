// format substitutes {n} by its n-th argument (any order, repeated) and turns {{ and }} into literal braces.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: string;
      assert format("{0} and {1}", 1, "two") == "1 and two", "positional arguments";
      assert format("{1}{0}", "a", "b") == "ba", "arguments in any order";
      assert format("{0}{0}", 7) == "77", "an argument used twice";
      assert format("{0}", -5) == "-5", "negative int";
      assert format("[{0}]", "") == "[]", "empty string argument";
      assert format("{{{0}}}", 3) == "{{3}}", "escaped braces around an argument";
      assert format("x}}y{{z{0}", 1) == "x}}y{{z1", "escaped braces anywhere";
      s = format("{0}+{1}={2}", 2, 3, 2 + 3);
      assert s == "2+3=5", "expression arguments";
    }
  }
}
