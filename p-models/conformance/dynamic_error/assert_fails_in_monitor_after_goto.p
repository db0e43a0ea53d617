// A monitor that moved to another state checks events there; an assert failing in that state's handler is reported.
// expect: assertion
// message: no writes allowed after close

event eWrite: int;
event eClose;

spec NoWriteAfterClose observes eWrite, eClose {
  start state Open {
    on eWrite do { }
    on eClose goto Closed;
  }

  state Closed {
    on eWrite do {
      assert false, "no writes allowed after close";
    }
    on eClose do { }
  }
}

machine Main {
  start state Init {
    entry {
      var f: File;
      f = new File();
      send f, eWrite, 1;
      send f, eClose;
      send f, eWrite, 2;
    }
  }
}

machine File {
  start state Run {
    on eWrite do { }
    on eClose do { }
  }
}

test tcWriteAfterClose [main=Main]: assert NoWriteAfterClose in { Main, File };
