// A seq[int] is cast to map[int, int] with as; the two types are unrelated.
// expect-error: bad-cast
machine Main {
  var items: seq[int];
  var m: map[int, int];
  start state Init {
    entry {
      m = items as map[int, int];
    }
  }
}
