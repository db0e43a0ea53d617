// A monitor that moved to a state without a handler for an observed event reports that event as unhandled.
// expect: unhandled-event

event eOpen;
event eData;

spec OpenOnce observes eOpen, eData {
  start state Idle {
    on eOpen goto Active;
  }

  state Active {
    on eData do { }
  }
}

machine Main {
  start state Init {
    entry {
      announce eOpen;
      announce eData;
      announce eOpen;
    }
  }
}

test tcMonitorUnhandledAfterGoto [main=Main]: assert OpenOnce in { Main };
