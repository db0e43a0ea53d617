// Integer division truncates toward zero, so an assert expecting floor division of a negative number fails.
// expect: assertion
// message: expected -7 / 2 to round down to -4

machine Main {
  start state Init {
    entry {
      var a: int;
      a = -7;
      assert a / 2 == -4, "expected -7 / 2 to round down to -4";
    }
  }
}
