// Unary minus negates int and float values and `!` negates bools, also when nested.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var i: int;
      var f: float;
      var b: bool;
      i = 4;
      assert -i == -4, "negate int";
      assert -(-i) == 4, "double negation";
      assert -(i - 10) == 6, "negate an expression";
      f = 2.5;
      assert -f == -2.5, "negate float";
      b = true;
      assert !b == false, "not true";
      assert !(!b), "double not";
      assert !(i > 5), "not of a comparison";
    }
  }
}
