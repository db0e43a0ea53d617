// send delivers payload-less events and events with a payload; the receiver's handlers see the values sent.
// expect: no-bug

event eAdd: int;
event eReset;
event eQuery: Main;
event eTotal: int;

machine Main {
  start state Init {
    entry {
      var c: Counter;
      c = new Counter();
      send c, eAdd, 5;
      send c, eAdd, 7;
      send c, eReset;
      send c, eAdd, 3;
      send c, eQuery, this;
    }
    on eTotal do (t: int) {
      assert t == 3, format("expected total 3, got {0}", t);
    }
  }
}

machine Counter {
  var total: int;

  start state Counting {
    on eAdd do (n: int) {
      total = total + n;
    }
    on eReset do {
      total = 0;
    }
    on eQuery do (asker: Main) {
      send asker, eTotal, total;
    }
  }
}
