// A sequence is indexed with a string; sequence indices must be int.
// expect-error: seq-index-type
machine Main {
  var items: seq[int];
  var x: int;
  start state Init {
    entry {
      items += (0, 7);
      x = items["first"];
    }
  }
}
