// Global functions: one computes a value, one sends an event.
event eNotify: int;

fun Square(n: int): int {
  return n * n;
}

fun Notify(target: machine, v: int) {
  send target, eNotify, v;
}

machine Main {
  start state Init {
    entry {
      Notify(this, Square(3) + Square(4));
    }
    on eNotify do (v: int) {
      assert v == 25;
    }
  }
}
