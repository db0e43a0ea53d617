// Two machines each blocked in receive, waiting for the other, deadlock.
// expect: deadlock

event eFromMain;
event eFromPeer;

machine Main {
  start state Init {
    entry {
      new Peer(this);
      receive {
        case eFromPeer: { }
      }
      send this, eFromMain;
    }
    on eFromMain do { }
  }
}

machine Peer {
  start state Init {
    entry (m: Main) {
      receive {
        case eFromMain: { }
      }
      send m, eFromPeer;
    }
  }
}
