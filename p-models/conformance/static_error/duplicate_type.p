// The type alias tPair is declared twice; typedef names must be unique.
// expect-error: duplicate-type
type tPair = (int, int);
type tPair = (int, bool);

machine Main {
  var p: tPair;
  start state Init {
    entry {
      p = (1, 2);
    }
  }
}
