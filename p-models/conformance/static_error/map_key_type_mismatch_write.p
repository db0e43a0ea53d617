// A map[string, int] is written with an int key; the key must have the map's key type.
// expect-error: map-key-type
machine Main {
  var ages: map[string, int];
  start state Init {
    entry {
      ages[7] = 30;
    }
  }
}
