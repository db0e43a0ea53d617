// send with several payload arguments packs them into one tuple payload, in order.
// expect: no-bug

event eTriple: (int, string, bool);
event eAck;

machine Main {
  start state Init {
    entry {
      var r: Receiver;
      r = new Receiver(this);
      send r, eTriple, 7, "seven", true;
    }
    on eAck do { }
  }
}

machine Receiver {
  var parent: Main;

  start state Waiting {
    entry (p: Main) {
      parent = p;
    }
    on eTriple do (t: (int, string, bool)) {
      assert t.0 == 7, "first argument";
      assert t.1 == "seven", "second argument";
      assert t.2, "third argument";
      send parent, eAck;
    }
  }
}
