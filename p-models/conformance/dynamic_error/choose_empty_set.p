// choose on a set that became empty is a choose-empty error.
// expect: choose-empty

machine Main {
  start state Init {
    entry {
      var s: set[string];
      var x: string;
      s += ("only");
      x = choose(s);
      s -= (x);
      x = choose(s);
    }
  }
}
