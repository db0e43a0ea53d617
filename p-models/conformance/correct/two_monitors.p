// Several monitors attached to one test each receive every observed event they list.
// expect: no-bug

event eTick: int;
event eCheck;

spec TickCount observes eTick, eCheck {
  var n: int;

  start state Count {
    on eTick do {
      n = n + 1;
    }
    on eCheck do {
      assert n == 3, format("TickCount saw {0} ticks", n);
    }
  }
}

spec TickSum observes eTick, eCheck {
  var total: int;

  start state Sum {
    on eTick do (v: int) {
      total = total + v;
    }
    on eCheck do {
      assert total == 60, format("TickSum saw total {0}", total);
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eTick, 10;
      send this, eTick, 20;
      send this, eTick, 30;
    }
    on eTick do (v: int) {
      if (v == 30) {
        announce eCheck;
      }
    }
  }
}

test tcTwoMonitors [main=Main]: assert TickCount, TickSum in { Main };
