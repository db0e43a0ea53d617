// The entry function uses PURPLE, which is not an element of any declared enum.
// expect-error: undefined-enum-element
enum Color { RED, GREEN, BLUE }

machine Main {
  var c: Color;
  start state Init {
    entry {
      c = PURPLE;
    }
  }
}
