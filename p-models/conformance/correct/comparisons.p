// Comparison operators on int and float, and equality on bool, give the expected truth values.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var x: int;
      var y: int;
      var f: float;
      x = 3;
      y = 5;
      assert x < y && x <= y && !(x > y) && !(x >= y), "3 vs 5";
      assert x <= x && x >= x && !(x < x) && !(x > x), "3 vs 3";
      assert x == 3 && x != y, "equality and inequality";
      assert -x < x, "negative is smaller";
      f = 2.5;
      assert f > 2.0 && f < 3.0 && f >= 2.5 && f <= 2.5, "float comparisons";
      assert f == 2.5 && f != 2.25, "float equality";
      assert true == true && false == false && true != false, "bool equality";
      assert (x < y) == true, "a comparison yields a bool value";
    }
  }
}
