// choose is applied to a string; choose takes nothing, an int, or a collection.
// expect-error: bad-choose-argument
machine Main {
  var s: string;
  start state Init {
    entry {
      s = choose("abc");
    }
  }
}
