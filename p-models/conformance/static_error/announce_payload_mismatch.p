// eProgress carries an int but is announced with a string payload.
// expect-error: payload-type-mismatch
event eProgress: int;

spec Watcher observes eProgress {
  start state Watching {
    on eProgress do (n: int) {
      assert n >= 0;
    }
  }
}

machine Main {
  start state Init {
    entry {
      announce eProgress, "half";
    }
  }
}
