// choose is applied to a bool; choose takes nothing, an int, or a collection.
// expect-error: bad-choose-argument
machine Main {
  var b: bool;
  start state Init {
    entry {
      b = choose(true);
    }
  }
}
