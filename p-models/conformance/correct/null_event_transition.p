// `on null` fires only when no queued event can be handled: queued events are handled first, then the null transition is taken.
// expect: no-bug

event eReal: int;

machine Main {
  var total: int;

  start state Init {
    entry {
      send this, eReal, 1;
      send this, eReal, 2;
    }
    on eReal do (n: int) {
      total = total + n;
    }
    on null goto Done;
  }

  state Done {
    entry {
      assert total == 3, format("both real events come before the null transition, total {0}", total);
    }
  }
}
