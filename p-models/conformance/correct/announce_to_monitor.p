// announce delivers an event (with or without payload) synchronously to the spec monitors observing it.
// expect: no-bug

event eNote: int;
event eTick;
event eCheck: (total: int, ticks: int);

spec Tally observes eNote, eTick, eCheck {
  var total: int;
  var ticks: int;

  start state Counting {
    on eNote do (v: int) {
      total = total + v;
    }
    on eTick do {
      ticks = ticks + 1;
    }
    on eCheck do (expected: (total: int, ticks: int)) {
      assert total == expected.total, format("total {0} != {1}", total, expected.total);
      assert ticks == expected.ticks, format("ticks {0} != {1}", ticks, expected.ticks);
    }
  }
}

machine Main {
  start state Init {
    entry {
      announce eNote, 1;
      announce eTick;
      announce eNote, 2;
      announce eCheck, (total = 3, ticks = 1);
      announce eNote, 3;
      announce eTick;
      announce eCheck, (total = 6, ticks = 2);
    }
  }
}

test tcAnnounce [main=Main]: assert Tally in { Main };
