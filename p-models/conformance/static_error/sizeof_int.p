// sizeof is applied to an int; sizeof is only defined on seq, set and map.
// expect-error: sizeof-non-collection
machine Main {
  var n: int;
  var len: int;
  start state Init {
    entry {
      n = 12;
      len = sizeof(n);
    }
  }
}
