// The assume expression of a parametric test must be a bool.
// expect-error: param-test-assume

param a: int;
param b: int;

machine Main {
  start state Init {
    entry {
      assert a != b;
    }
  }
}

test param (a in [1, 2], b in [1, 2]) assume (a + b) tcAssume [main=Main]: { Main };
