// Notify takes one argument but the call statement passes none.
// expect-error: wrong-arity
machine Main {
  fun Notify(code: int) {
    print format("code {0}", code);
  }

  start state Init {
    entry {
      Notify();
    }
  }
}
