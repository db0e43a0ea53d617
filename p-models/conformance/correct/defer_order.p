// Deferred events stay queued in their original order and are handled in that order once the machine is in a state that does not defer them.
// expect: no-bug

event eItem: int;
event eGo;
event eCheck;

machine Main {
  var seen: seq[int];

  start state Waiting {
    defer eItem, eCheck;
    entry {
      send this, eItem, 1;
      send this, eItem, 2;
      send this, eCheck;
      send this, eItem, 3;
      send this, eGo;
      send this, eItem, 4;
    }
    on eGo goto Working;
  }

  state Working {
    on eItem do (v: int) {
      seen += (sizeof(seen), v);
    }
    on eCheck do {
      assert sizeof(seen) == 2 && seen[0] == 1 && seen[1] == 2, "events before eCheck keep their place";
      send this, eCheck;
      goto Final;
    }
  }

  state Final {
    on eItem do (v: int) {
      seen += (sizeof(seen), v);
    }
    on eCheck do {
      assert sizeof(seen) == 4, format("expected 4 items, got {0}", sizeof(seen));
      assert seen[2] == 3 && seen[3] == 4, "later items in order";
    }
  }
}
