// Without any test declaration the machine named Main runs as the implicit test with no spec monitor attached.
// expect: no-bug

event eSignal;

spec NeverSignal observes eSignal {
  start state Watch {
    on eSignal do {
      assert false, "this monitor is not attached to the implicit test";
    }
  }
}

machine Main {
  start state Init {
    entry {
      var r: Receiver;
      r = new Receiver();
      send r, eSignal;
      announce eSignal;
    }
  }
}

machine Receiver {
  start state Run {
    on eSignal do { }
  }
}
