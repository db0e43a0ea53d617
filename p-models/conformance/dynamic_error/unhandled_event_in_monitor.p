// A monitor that observes an event but has no handler for it in its current state reports an unhandled event.
// expect: unhandled-event

event eStart;
event eStop;

spec StartOnly observes eStart, eStop {
  start state Watching {
    on eStart do { }
  }
}

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eStart;
      send w, eStop;
    }
  }
}

machine Worker {
  start state Run {
    on eStart, eStop do { }
  }
}

test tcMonitorUnhandled [main=Main]: assert StartOnly in { Main, Worker };
