// The entry of state Ready takes an int, but goto passes a string.
// expect-error: payload-type-mismatch
machine Main {
  start state Init {
    entry {
      goto Ready, "go";
    }
  }

  state Ready {
    entry (n: int) {
      print format("ready {0}", n);
    }
  }
}
