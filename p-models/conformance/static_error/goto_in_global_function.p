// The global function Finish executes goto; global functions have no states to go to.
// expect-error: goto-outside-machine
fun Finish() {
  goto Done;
}

machine Main {
  start state Init {
    entry {
      Finish();
    }
  }

  state Done { }
}
