// `this` is the machine's own reference: it can be sent, compared, and used as a send target.
// expect: no-bug

event eWhoAmI: machine;
event eYouAre: machine;
event eSelfPing;

machine Main {
  var pinged: bool;

  start state Init {
    entry {
      var e: machine;
      e = new Echo();
      assert e != this, "the new machine is not this";
      send this, eSelfPing;
      send e, eWhoAmI, this;
    }
    on eSelfPing do {
      pinged = true;
    }
    on eYouAre do (m: machine) {
      assert m == this, "the echoed reference equals this";
      assert pinged, "the self-sent event was handled first";
    }
  }
}

machine Echo {
  start state Serve {
    on eWhoAmI do (m: machine) {
      assert m != this, "the sender is another machine";
      send m, eYouAre, m;
    }
  }
}
