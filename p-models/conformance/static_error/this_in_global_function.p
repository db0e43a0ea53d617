// The global function Self uses this; global functions do not belong to a machine.
// expect-error: this-outside-machine
fun Self(): machine {
  return this;
}

machine Main {
  var me: machine;
  start state Init {
    entry {
      me = Self();
    }
  }
}
