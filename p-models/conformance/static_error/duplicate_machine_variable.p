// The machine Main declares the field count twice; field names within a machine must be unique.
// expect-error: duplicate-variable
machine Main {
  var count: int;
  var count: bool;

  start state Init {
    entry {
      count = 1;
    }
  }
}
