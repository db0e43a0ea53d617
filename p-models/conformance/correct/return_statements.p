// return leaves the function at once: a bare return in a void function, and a value return from inside nested loops.
// expect: no-bug

machine Main {
  var marks: int;

  start state Init {
    entry {
      var s: seq[int];
      s += (0, 5);
      s += (1, 8);
      s += (2, 13);
      s += (3, 8);

      MarkUnlessNegative(-1);
      assert marks == 0, "early return skipped the increment";
      MarkUnlessNegative(1);
      assert marks == 1, "no early return";

      assert IndexOf(s, 8) == 1, "returns the first match from inside the loop";
      assert IndexOf(s, 99) == -1, "falls through to the final return";
      assert FirstPairSum(10) == 26, "return from a nested loop (a = 2, b = 6)";
    }
  }

  fun MarkUnlessNegative(n: int) {
    if (n < 0) {
      return;
    }
    marks = marks + 1;
  }

  fun IndexOf(s: seq[int], v: int): int {
    var i: int;
    while (i < sizeof(s)) {
      if (s[i] == v) {
        return i;
      }
      i = i + 1;
    }
    return -1;
  }

  fun FirstPairSum(target: int): int {
    var a: int;
    var b: int;
    a = 1;
    while (a < 10) {
      b = 1;
      while (b < 10) {
        if (a * b > target) {
          return a * 10 + b;
        }
        b = b + 1;
      }
      a = a + 1;
    }
    return 0;
  }
}
