// Float literals (including `.5`) support + - * / and comparisons with exact results for binary fractions.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var a: float;
      var b: float;
      a = 1.5;
      b = .25;
      assert a + b == 1.75, "addition";
      assert a - b == 1.25, "subtraction";
      assert a * b == 0.375, "multiplication";
      assert a / b == 6.0, "division";
      assert 7.0 / 2.0 == 3.5, "non-integral quotient is kept";
      assert 2.5 - 5.0 == -2.5, "negative result";
      assert -a == 0.0 - 1.5, "negation";
      assert b < a && a > b, "ordering";
      assert 0.5 == .5, "two spellings of one half";
    }
  }
}
