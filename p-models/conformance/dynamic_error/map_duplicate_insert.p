// Adding a key that is already in the map with `+= (k, v)` is a duplicate-key error.
// expect: duplicate-key

machine Main {
  start state Init {
    entry {
      var m: map[int, int];
      m += (1, 10);
      m += (2, 20);
      m += (1, 30);
    }
  }
}
