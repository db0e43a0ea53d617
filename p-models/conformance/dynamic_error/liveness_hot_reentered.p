// Leaving a hot state once is not enough: a monitor that re-enters the hot state and ends there is a liveness bug.
// expect: liveness

event eLock;
event eUnlock;

spec LockReleased observes eLock, eUnlock {
  start cold state Free {
    on eLock goto Held;
  }

  hot state Held {
    on eUnlock goto Free;
  }
}

machine Main {
  start state Init {
    entry {
      var r: Resource;
      r = new Resource();
      send r, eLock;
      send r, eUnlock;
      send r, eLock;
    }
  }
}

machine Resource {
  start state Run {
    on eLock, eUnlock do { }
  }
}

test tcLockNotReleased [main=Main]: assert LockReleased in { Main, Resource };
