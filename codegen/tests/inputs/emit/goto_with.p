// `on e goto S with` a handler taking the payload, and with a named function.
event eFirst: int;
event eSecond: int;

machine Main {
  var seen: int;
  start state A {
    entry {
      send this, eFirst, 3;
    }
    on eFirst goto B with (n: int) {
      seen = n;
    }
  }
  state B {
    entry (n: int) {
      assert n == 3 && seen == 3;
      send this, eSecond, 4;
    }
    on eSecond goto C with Record;
  }
  state C {
    entry (n: int) {
      assert seen == 7;
    }
  }
  fun Record(n: int) {
    seen = seen + n;
  }
}
