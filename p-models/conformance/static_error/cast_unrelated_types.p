// An int is cast to string with as; as only casts between a type and its super/sub types (e.g. from any).
// expect-error: bad-cast
machine Main {
  var s: string;
  start state Init {
    entry {
      s = 5 as string;
    }
  }
}
