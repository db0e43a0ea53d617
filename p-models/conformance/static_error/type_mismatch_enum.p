// An element of enum Fruit is assigned to a variable of the unrelated enum Color.
// expect-error: type-mismatch-assign
enum Color { RED, GREEN }
enum Fruit { APPLE, PEAR }

machine Main {
  var c: Color;
  start state Init {
    entry {
      c = APPLE;
    }
  }
}
