// `(k wise)` needs k between 1 and the number of params the test binds.
// expect-error: param-test-wise

param a: int;
param b: int;

machine Main {
  start state Init {
    entry {
      assert a + b > 0;
    }
  }
}

test param (a in [1, 2], b in [1, 2]) (3 wise) tcWise [main=Main]: { Main };
