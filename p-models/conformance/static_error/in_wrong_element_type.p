// A string is tested for membership in a set[int]; the element type must match the set's.
// expect-error: type-mismatch-element
machine Main {
  var ids: set[int];
  var found: bool;
  start state Init {
    entry {
      ids += (1);
      found = "1" in ids;
    }
  }
}
