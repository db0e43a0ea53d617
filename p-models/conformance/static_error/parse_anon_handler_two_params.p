// The anonymous handler declares two parameters; an anonymous handler takes at most one parameter.
// expect-error: parse-error
event ePair: (int, int);

machine Main {
  start state Init {
    entry {
      send this, ePair, (1, 2);
    }
    on ePair do (a: int, b: int) {
      print format("{0}", a + b);
    }
  }
}
