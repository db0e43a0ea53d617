// The machine creates Client, but no machine or interface named Client exists.
// expect-error: undefined-machine
machine Main {
  var c: machine;
  start state Init {
    entry {
      c = new Client();
    }
  }
}
