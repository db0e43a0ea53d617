// Announcing an event variable that holds null is a null-event error.
// expect: null-event

event eObserved;

spec Watcher observes eObserved {
  start state Watch {
    on eObserved do { }
  }
}

machine Main {
  start state Init {
    entry {
      var ev: event;
      announce ev;
    }
  }
}

test tcAnnounceNull [main=Main]: assert Watcher in { Main };
