// A named tuple value is assigned to an unnamed tuple type; named and unnamed tuples are distinct types.
// expect-error: type-mismatch-assign
machine Main {
  var pair: (int, int);
  start state Init {
    entry {
      pair = (first = 1, second = 2);
    }
  }
}
