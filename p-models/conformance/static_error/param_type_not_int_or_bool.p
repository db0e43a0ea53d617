// A `param` must be an int or a bool, the only values a parametric test can bind.
// expect-error: param-type

param names: seq[string];

machine Main {
  start state Init {
    entry {
      assert sizeof(names) == 0;
    }
  }
}

test tcNames [main=Main]: { Main };
