// A while loop re-evaluates its condition before every iteration and never runs its body when the condition starts false.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var i: int;
      var j: int;
      var sum: int;
      var limit: int;
      var pairs: int;

      i = 1;
      while (i <= 10) {
        sum = sum + i;
        i = i + 1;
      }
      assert sum == 55, "sum of 1..10";
      assert i == 11, "loop variable after the loop";

      i = 0;
      limit = 3;
      while (i < limit) {
        i = i + 1;
        if (i == 2) {
          limit = 6;
        }
      }
      assert i == 6, "the condition is re-evaluated with the updated limit";

      i = 0;
      while (i < 3) {
        j = 0;
        while (j < 4) {
          pairs = pairs + 1;
          j = j + 1;
        }
        i = i + 1;
      }
      assert pairs == 12, "nested loops";

      while (false) {
        assert false, "body of while(false) must not run";
      }
    }
  }
}
