// choose(n) returns an int in [0, n), choose(1) is always 0, and choose() returns a bool.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var i: int;
      var n: int;
      var b: bool;
      var trues: int;
      while (i < 20) {
        n = choose(10);
        assert n >= 0 && n < 10, format("choose(10) returned {0}", n);
        i = i + 1;
      }
      assert choose(1) == 0, "choose(1) has one possible value";
      n = choose(5) + 10;
      assert n >= 10 && n < 15, "choose used inside an expression";
      i = 0;
      while (i < 10) {
        b = choose();
        if (b) {
          trues = trues + 1;
        }
        i = i + 1;
      }
      assert trues >= 0 && trues <= 10, "choose() is a bool";
    }
  }
}
