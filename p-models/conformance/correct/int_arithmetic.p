// Integer + - * / % follow the usual precedence (* / % before + -) and are left-associative.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var a: int;
      var b: int;
      a = 17;
      b = 5;
      assert a + b == 22, "addition";
      assert a - b == 12, "subtraction";
      assert a * b == 85, "multiplication";
      assert a / b == 3, "integer division truncates";
      assert a % b == 2, "remainder";
      assert 2 + 3 * 4 == 14, "* binds tighter than +";
      assert (2 + 3) * 4 == 20, "parentheses";
      assert 10 - 4 - 3 == 3, "- is left-associative";
      assert 100 / 10 / 5 == 2, "/ is left-associative";
      assert 2 * 3 % 4 == 2, "* and % share a level, left to right";
      assert 20 % 7 * 2 == 12, "% then *";
      assert 1 - -1 == 2, "binary minus of a negated literal";
      assert -a + b == -12, "unary minus binds tighter than +";
      assert 0 * a == 0 && a / 1 == a && a % 1 == 0, "identities";
      assert 0 / a == 0 && 3 / b == 0, "small quotients";
    }
  }
}
