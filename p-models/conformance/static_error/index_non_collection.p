// An int variable is indexed with [ ]; indexing needs a seq, set or map.
// expect-error: index-non-collection
machine Main {
  var n: int;
  var m: int;
  start state Init {
    entry {
      n = 5;
      m = n[0];
    }
  }
}
