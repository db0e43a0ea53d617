// Sending an event outside an interface's receives set, through a reference created with `new I()`, violates its permissions at run time.
// expect: receives-violation

event eAllowed;
event eForbidden;

interface IWorker() receives eAllowed;

machine Main {
  start state Init {
    entry {
      var w: machine;
      w = new IWorker();
      send w, eAllowed;
      send w, eForbidden;
    }
  }
}

machine Worker {
  start state Run {
    on eAllowed do { }
    on eForbidden do { }
  }
}

test tcReceivesViolation [main=Main]: { Main, Worker -> IWorker };
