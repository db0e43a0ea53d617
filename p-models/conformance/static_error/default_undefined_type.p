// default() is applied to tMissing, which is not a declared type.
// expect-error: undefined-type
machine Main {
  var x: any;
  start state Init {
    entry {
      x = default(tMissing);
    }
  }
}
