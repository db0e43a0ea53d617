// A string value is assigned to an int variable.
// expect-error: type-mismatch-assign
machine Main {
  var count: int;
  start state Init {
    entry {
      count = "three";
    }
  }
}
