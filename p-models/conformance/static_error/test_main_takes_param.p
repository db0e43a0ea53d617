// The test's main machine Main has a start entry that takes a parameter; the checker creates main with no payload.
// expect-error: main-with-param
machine Main {
  start state Init {
    entry (n: int) {
      print format("n = {0}", n);
    }
  }
}

test tcMain [main=Main]: { Main };
