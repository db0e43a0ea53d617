// A function call appears on the left of =; only variables, fields and indexed elements can be assigned.
// expect-error: parse-error
machine Main {
  fun Next(): int {
    return 1;
  }

  start state Init {
    entry {
      Next() = 2;
    }
  }
}
