// The checked model of a parametric test: params read as `param:` expressions,
// one test per kept assignment with the values it binds.
param size: int;
param strict: bool;

event eSize: int;

fun limit(): int {
  return size * 2;
}

spec Bounded observes eSize {
  start state Watch {
    on eSize do (n: int) {
      assert !strict || n <= limit();
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eSize, size + 1;
    }
    ignore eSize;
  }
}

test param (size in [-1, 2], strict in [true, false]) assume (size > 0 || !strict) tcSize [main=Main]:
  assert Bounded in { Main };
