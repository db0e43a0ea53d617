// The enum Color is declared twice; enum names must be unique.
// expect-error: duplicate-enum
enum Color { RED, GREEN }
enum Color { BLUE, YELLOW }

machine Main {
  var c: Color;
  start state Init {
    entry {
      c = RED;
    }
  }
}
