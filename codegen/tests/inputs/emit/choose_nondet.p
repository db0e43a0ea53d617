// choose over an int bound, a seq and a set, and the nondeterministic $.
machine Main {
  start state Init {
    entry {
      var n: int;
      var s: seq[int];
      var st: set[string];
      var b: bool;
      n = choose(5);
      assert n >= 0 && n < 5;
      s += (0, 11);
      s += (1, 12);
      n = choose(s);
      assert n == 11 || n == 12;
      st += ("x");
      assert choose(st) == "x";
      b = $;
      if (b || $$) {
        n = 0;
      }
    }
  }
}
