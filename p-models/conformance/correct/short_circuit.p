// && and || evaluate their right operand only when needed, so a failing or side-effecting right side is skipped.
// expect: no-bug

machine Main {
  var touched: int;

  start state Init {
    entry {
      var m: map[int, int];
      var s: seq[int];
      var zero: int;
      assert !(false && m[5] == 1), "&& skips a missing-key lookup";
      assert true || 10 / zero == 1, "|| skips a division by zero";
      assert !(sizeof(s) > 0 && s[0] == 1), "guarded index on an empty seq";
      assert sizeof(s) == 0 || s[0] == 1, "guarded index with ||";
      if (false && Touch()) { }
      if (true || Touch()) { }
      assert touched == 0, "right operand not evaluated";
      if (true && Touch()) { }
      if (false || Touch()) { }
      assert touched == 2, "right operand evaluated when needed";
    }
  }

  fun Touch(): bool {
    touched = touched + 1;
    return true;
  }
}
