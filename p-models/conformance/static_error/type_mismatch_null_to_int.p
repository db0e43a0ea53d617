// null is assigned to an int variable; only machine, event, interface-like and any types accept null.
// expect-error: type-mismatch-assign
machine Main {
  var count: int;
  start state Init {
    entry {
      count = null;
    }
  }
}
