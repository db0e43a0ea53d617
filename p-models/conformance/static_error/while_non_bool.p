// The while condition is a seq; conditions must be bool.
// expect-error: non-bool-condition
machine Main {
  var pending: seq[int];
  start state Init {
    entry {
      while (pending) {
        pending -= (0);
      }
    }
  }
}
