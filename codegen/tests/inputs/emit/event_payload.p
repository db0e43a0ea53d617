// An event with an int payload, received by a handler parameter.
event eValue: int;

machine Main {
  var total: int;
  start state Init {
    entry {
      send this, eValue, 40 + 2;
    }
    on eValue do (v: int) {
      total = total + v;
      assert total == 42, format("total is {0}", total);
    }
  }
}
