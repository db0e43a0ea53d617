// One handler, defer or ignore declaration can list several events: `on e1, e2 do`, `defer e1, e2`, `ignore e1, e2`.
// expect: no-bug

event eA;
event eB;
event eC: int;
event eD: int;
event eX;
event eY;
event eGo;

machine Main {
  var count: int;
  var sum: int;

  start state First {
    defer eC, eD;
    ignore eX, eY;
    entry {
      send this, eC, 1;
      send this, eX;
      send this, eA;
      send this, eB;
      send this, eY;
      send this, eD, 2;
      send this, eGo;
    }
    on eA, eB do {
      count = count + 1;
    }
    on eGo goto Second;
  }

  state Second {
    on eC, eD do (n: int) {
      sum = sum + n;
      if (n == 2) {
        assert count == 2, "eA and eB both handled by the shared handler";
        assert sum == 3, "eC and eD both deferred then handled by the shared handler";
      }
    }
    on eX, eY goto Bad;
  }

  state Bad {
    entry {
      assert false, "ignored events must not reach the second state";
    }
  }
}
