// values() is applied to a set; values is only defined on maps.
// expect-error: values-non-map
machine Main {
  var ids: set[int];
  var vs: seq[int];
  start state Init {
    entry {
      vs = values(ids);
    }
  }
}
