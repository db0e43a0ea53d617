// A string is inserted into a seq[int]; the inserted value must have the element type.
// expect-error: insert-value-type
machine Main {
  var items: seq[int];
  start state Init {
    entry {
      items += (0, "zero");
    }
  }
}
