// A spec monitor is named Main, the same as a machine; machines and specs share one namespace.
// expect-error: duplicate-machine
event eTick;

machine Main {
  start state Init {
    entry {
      send this, eTick;
    }
    ignore eTick;
  }
}

spec Main observes eTick {
  start state Watching {
    on eTick do { }
  }
}
