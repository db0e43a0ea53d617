// The -= statement is applied to an int variable; removal needs a seq, set or map.
// expect-error: remove-non-collection
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 5;
      n -= (1);
    }
  }
}
