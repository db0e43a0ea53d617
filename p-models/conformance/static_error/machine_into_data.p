// A machine reference is assigned to a variable of type data; data excludes values that hold machine references.
// expect-error: type-mismatch-assign
machine Main {
  var d: data;
  start state Init {
    entry {
      d = this;
    }
  }
}
