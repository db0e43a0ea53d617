// A parametric test may bind each param only once.
// expect-error: param-test-duplicate

param n: int;

machine Main {
  start state Init {
    entry {
      assert n > 0;
    }
  }
}

test param (n in [1, 2], n in [3]) tcTwice [main=Main]: { Main };
