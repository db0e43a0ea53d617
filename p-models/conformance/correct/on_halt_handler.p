// A state with `on halt do` handles a halt event like any other event and the machine keeps running.
// expect: no-bug

event eHaltSeen;
event ePing: machine;
event ePong;

machine Main {
  start state Init {
    entry {
      var h: Survivor;
      h = new Survivor(this);
      send h, halt;
      receive {
        case eHaltSeen: { }
      }
      send h, ePing, this;
      receive {
        case ePong: { }
      }
    }
  }
}

machine Survivor {
  var parent: Main;
  var halts: int;

  start state Run {
    entry (p: Main) {
      parent = p;
    }
    on halt do {
      halts = halts + 1;
      send parent, eHaltSeen;
    }
    on ePing do (m: machine) {
      assert halts == 1, "the halt event was handled once";
      send m, ePong;
    }
  }
}
