// `$` and `$$` are nondeterministic booleans usable in conditions and assignments.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var heads: int;
      var tails: int;
      var i: int;
      var b: bool;
      while (i < 30) {
        if ($) {
          heads = heads + 1;
        } else {
          tails = tails + 1;
        }
        i = i + 1;
      }
      assert heads + tails == 30, "every choice took one branch";
      b = $$;
      assert b || !b, "$$ is a bool";
      b = $ && false;
      assert !b, "$ combined with other booleans";
    }
  }
}
