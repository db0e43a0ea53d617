// Both composed modules send ePing; compose requires the output (sent) events of its modules to be disjoint.
// expect-error: invalid-composition
event ePing;

machine Worker
sends ePing;
{
  start state Init {
    entry (boss: machine) {
      send boss, ePing;
    }
    ignore ePing;
  }
}

machine Main
sends ePing;
{
  var w: machine;
  start state Init {
    entry {
      w = new Worker(this);
      send w, ePing;
    }
    ignore ePing;
  }
}

test tcMain [main=Main]: compose { Main }, { Worker };
