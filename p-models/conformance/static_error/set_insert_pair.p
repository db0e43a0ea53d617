// The (index, value) form of += is used on a set; that form is only for seq and map, sets take += (value).
// expect-error: insert-non-seq-map
machine Main {
  var ids: set[int];
  start state Init {
    entry {
      ids += (0, 42);
    }
  }
}
