// choose on an empty seq is a choose-empty error.
// expect: choose-empty

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var x: int;
      x = choose(s);
    }
  }
}
