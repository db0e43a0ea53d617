// while with break and continue.
machine Main {
  start state Init {
    entry {
      var i: int;
      var odd: int;
      while (true) {
        i = i + 1;
        if (i > 9) {
          break;
        }
        if (i % 2 == 0) {
          continue;
        }
        odd = odd + 1;
      }
      assert odd == 5 && i == 10;
    }
  }
}
