// A machine that dequeues an unhandled halt halts silently, and events sent to it afterwards are dropped without error.
// expect: no-bug

event ePing;

machine Main {
  start state Init {
    entry {
      var h: Helper;
      h = new Helper();
      send h, halt;
      send h, ePing;
      send h, ePing;
    }
  }
}

machine Helper {
  start state Idle {
  }
}
