// The right operand of in is an int; membership needs a seq, set or map.
// expect-error: in-non-collection
machine Main {
  var n: int;
  var found: bool;
  start state Init {
    entry {
      n = 10;
      found = 3 in n;
    }
  }
}
