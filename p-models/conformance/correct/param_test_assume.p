// `assume (e)` keeps only the combinations of a parametric test's values for which e holds; negative values are allowed.
// expect: no-bug

param low: int;
param high: int;
param strict: bool;

machine Main {
  start state Init {
    entry {
      assert low == -1 || low == 2 || low == 3, format("low = {0} is not a listed value", low);
      assert high == 1 || high == 3 || high == 4, format("high = {0} is not a listed value", high);
      // Exactly the combinations the assume expression keeps run.
      assert low + high <= 5, format("low + high = {0}: this combination should have been skipped", low + high);
      assert !strict || low < high, format("strict with low = {0}, high = {1}: this combination should have been skipped", low, high);
    }
  }
}

test param (low in [-1, 2, 3], high in [1, 3, 4], strict in [true, false])
  assume (low + high <= 5 && (!strict || low < high)) tcRange [main=Main]: { Main };
