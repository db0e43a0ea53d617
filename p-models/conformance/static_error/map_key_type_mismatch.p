// A map[int, string] is looked up with a string key; the key must have the map's key type.
// expect-error: map-key-type
machine Main {
  var names: map[int, string];
  var n: string;
  start state Init {
    entry {
      names[1] = "one";
      n = names["one"];
    }
  }
}
