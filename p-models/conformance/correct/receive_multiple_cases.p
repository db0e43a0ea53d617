// A receive with several cases, one of them listing two events, runs only the case of the event that arrives.
// expect: no-bug

event eNumber: int;
event eWord: string;
event eStop;
event eHalfStop;

machine Main {
  start state Init {
    entry {
      var which: seq[string];
      var i: int;
      new Feeder(this);
      while (i < 4) {
        receive {
          case eNumber: (n: int) {
            which += (sizeof(which), format("number {0}", n));
          }
          case eWord: (w: string) {
            which += (sizeof(which), "word " + w);
          }
          case eStop, eHalfStop: {
            which += (sizeof(which), "stop");
          }
        }
        i = i + 1;
      }
      assert which[0] == "word hi", "first event";
      assert which[1] == "number 3", "second event";
      assert which[2] == "stop", "third event (eHalfStop)";
      assert which[3] == "stop", "fourth event (eStop)";
    }
  }
}

machine Feeder {
  start state Feed {
    entry (m: Main) {
      send m, eWord, "hi";
      send m, eNumber, 3;
      send m, eHalfStop;
      send m, eStop;
    }
  }
}
