// Reading a map at a key that is not present is a missing-key error.
// expect: missing-key

machine Main {
  start state Init {
    entry {
      var m: map[string, int];
      var v: int;
      m["present"] = 1;
      v = m["absent"];
    }
  }
}
