// Named machine functions can be `do` handlers and `with` transition functions and receive the event payload as their parameter.
// expect: no-bug

event eAdd: int;
event eFinish: int;

machine Main {
  var sum: int;
  var bonus: int;

  start state Adding {
    entry {
      send this, eAdd, 2;
      send this, eAdd, 3;
      send this, eFinish, 10;
    }
    on eAdd do Accumulate;
    on eFinish goto Done with AddBonus;
  }

  state Done {
    entry (b: int) {
      assert sum == 5, "named do handler ran for each eAdd";
      assert bonus == 10 && b == 10, "named with function and entry both got the payload";
    }
  }

  fun Accumulate(n: int) {
    sum = sum + n;
  }

  fun AddBonus(b: int) {
    bonus = b;
  }
}
