// choose on an empty map is a choose-empty error.
// expect: choose-empty

machine Main {
  start state Init {
    entry {
      var m: map[int, string];
      var k: int;
      k = choose(m);
    }
  }
}
