// new M(a, b, c) with several arguments packs them into one tuple payload for the start-state entry.
// expect: no-bug

event eEcho: (int, string);

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker(this, 3, "abc");
    }
    on eEcho do (p: (int, string)) {
      assert p.0 == 3 && p.1 == "abc", "the arguments arrive in order";
    }
  }
}

machine Worker {
  start state Run {
    entry (args: (Main, int, string)) {
      send args.0, eEcho, (args.1, args.2);
    }
  }
}
