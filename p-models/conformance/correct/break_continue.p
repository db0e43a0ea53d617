// break leaves the innermost loop and continue skips to its next iteration, in while and foreach loops.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var i: int;
      var j: int;
      var sum: int;
      var s: seq[int];
      var x: int;
      var inner: int;

      while (true) {
        i = i + 1;
        if (i > 10) {
          break;
        }
        if (i % 2 == 0) {
          continue;
        }
        sum = sum + i;
      }
      assert sum == 25, "odd numbers 1..9";
      assert i == 11, "break happened at 11";

      i = 0;
      while (i < 10) {
        s += (i, i + 1);
        i = i + 1;
      }
      sum = 0;
      foreach (x in s) {
        if (x == 3) {
          continue;
        }
        if (x == 6) {
          break;
        }
        sum = sum + x;
      }
      assert sum == 12, "1 + 2 + 4 + 5";

      i = 0;
      while (i < 3) {
        j = 0;
        while (true) {
          j = j + 1;
          if (j == 2) {
            break;
          }
          inner = inner + 1;
        }
        i = i + 1;
      }
      assert i == 3, "break only leaves the inner loop";
      assert inner == 3, "inner body ran once per outer iteration";
    }
  }
}
