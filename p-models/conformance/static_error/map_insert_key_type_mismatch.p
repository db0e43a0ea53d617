// A string key is inserted into a map[int, bool]; the key must have the map's key type.
// expect-error: map-key-type
machine Main {
  var seen: map[int, bool];
  start state Init {
    entry {
      seen += ("one", true);
    }
  }
}
