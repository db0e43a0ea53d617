// The values a parametric test lists for a param must have the param's type.
// expect-error: param-test-value-type

param fast: bool;

machine Main {
  start state Init {
    entry {
      assert fast || !fast;
    }
  }
}

test param (fast in [true, 1]) tcFast [main=Main]: { Main };
