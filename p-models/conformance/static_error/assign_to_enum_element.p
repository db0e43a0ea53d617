// The program assigns to the enum element RED; enum elements are constants, not variables.
// expect-error: assign-non-lvalue
enum Color { RED, GREEN }

machine Main {
  start state Init {
    entry {
      RED = GREEN;
    }
  }
}
