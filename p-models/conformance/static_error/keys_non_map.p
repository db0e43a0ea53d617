// keys() is applied to a sequence; keys is only defined on maps.
// expect-error: keys-non-map
machine Main {
  var items: seq[int];
  var ks: seq[int];
  start state Init {
    entry {
      ks = keys(items);
    }
  }
}
