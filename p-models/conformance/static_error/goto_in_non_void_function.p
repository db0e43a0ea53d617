// The function Pick has a return type and executes goto; goto is only allowed in functions without a return type.
// expect-error: goto-in-non-void
machine Main {
  var n: int;

  fun Pick(): int {
    goto Done;
    return 0;
  }

  start state Init {
    entry {
      n = Pick();
    }
  }

  state Done { }
}
