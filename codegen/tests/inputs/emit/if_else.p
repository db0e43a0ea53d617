// if, if/else and an else-if chain.
machine Main {
  start state Init {
    entry {
      var n: int;
      var r: string;
      n = 5;
      if (n > 3) r = "big";
      if (n < 0) {
        r = "negative";
      } else if (n == 0) {
        r = "zero";
      } else {
        r = "positive";
      }
      assert r == "positive";
    }
  }
}
