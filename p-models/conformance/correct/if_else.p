// If/else chains pick the first true branch, an if without else may do nothing, and a dangling else binds to the nearest if.
// expect: no-bug

fun Classify(n: int): string {
  if (n < 0) {
    return "negative";
  } else if (n == 0) {
    return "zero";
  } else if (n < 100) {
    return "small";
  } else {
    return "large";
  }
}

machine Main {
  start state Init {
    entry {
      var x: int;
      assert Classify(-5) == "negative", "negative branch";
      assert Classify(0) == "zero", "zero branch";
      assert Classify(7) == "small", "small branch";
      assert Classify(1000) == "large", "else branch";

      x = 0;
      if (true) x = 1;
      assert x == 1, "if without braces";
      if (false) {
        x = 2;
      }
      assert x == 1, "if without else and a false condition does nothing";

      if (false)
        if (true) x = 5;
        else x = 6;
      assert x == 1, "the else belongs to the inner if";

      if (x == 1) {
        if (x > 5) { x = 100; } else { x = 200; }
      } else {
        x = 300;
      }
      assert x == 200, "nested if/else";
    }
  }
}
