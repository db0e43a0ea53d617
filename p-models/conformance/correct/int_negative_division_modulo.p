// Integer division truncates toward zero and the remainder takes the sign of the dividend.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var a: int;
      var b: int;
      a = -7;
      b = 2;
      assert a / b == -3, "-7 / 2 is -3";
      assert a % b == -1, "-7 % 2 is -1";
      a = 7;
      b = -2;
      assert a / b == -3, "7 / -2 is -3";
      assert a % b == 1, "7 % -2 is 1";
      a = -7;
      b = -2;
      assert a / b == 3, "-7 / -2 is 3";
      assert a % b == -1, "-7 % -2 is -1";
      assert (a / b) * b + a % b == a, "quotient and remainder recombine";
      a = -1;
      b = 2;
      assert a / b == 0, "-1 / 2 is 0";
      assert a % b == -1, "-1 % 2 is -1";
    }
  }
}
