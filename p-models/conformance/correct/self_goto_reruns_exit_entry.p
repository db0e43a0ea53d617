// A transition from a state to itself runs its exit and entry functions again, for `on e goto` and for the goto statement.
// expect: no-bug

event eAgain;
event eJump;
event eCheck;

machine Main {
  var entries: int;
  var exits: int;

  start state Init {
    entry {
      send this, eAgain;
      send this, eAgain;
      send this, eJump;
      send this, eCheck;
      goto Loop;
    }
  }

  state Loop {
    entry {
      entries = entries + 1;
    }
    exit {
      exits = exits + 1;
    }
    on eAgain goto Loop;
    on eJump do {
      goto Loop;
    }
    on eCheck do {
      assert entries == 4, format("entries: {0}", entries);
      assert exits == 3, format("exits: {0}", exits);
    }
  }
}
