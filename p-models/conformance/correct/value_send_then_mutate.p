// A sent payload is a copy: mutating the sender's collection after the send does not change what the receiver sees.
// expect: no-bug

event eData: seq[int];
event eAck;

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      var r: Receiver;
      s += (0, 1);
      s += (1, 2);
      r = new Receiver(this);
      send r, eData, s;
      s[0] = 100;
      s += (2, 3);
      receive {
        case eAck: { }
      }
      assert s[0] == 100 && sizeof(s) == 3, "the sender keeps its own changes";
    }
  }
}

machine Receiver {
  var parent: Main;

  start state Wait {
    entry (p: Main) {
      parent = p;
    }
    on eData do (d: seq[int]) {
      assert sizeof(d) == 2 && d[0] == 1 && d[1] == 2, "the receiver sees the value at send time";
      d[0] = 55;
      send parent, eAck;
    }
  }
}
