// sizeof is applied to a string; strings are not collections in P.
// expect-error: sizeof-non-collection
machine Main {
  var len: int;
  start state Init {
    entry {
      len = sizeof("hello");
    }
  }
}
