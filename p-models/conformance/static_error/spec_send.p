// The spec monitor sends an event; monitors may only observe, never send.
// expect-error: spec-send
event eReq: machine;
event eAck;

spec Tracker observes eReq {
  start state Watching {
    on eReq do (client: machine) {
      send client, eAck;
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eReq, this;
    }
    ignore eReq, eAck;
  }
}

test tcMain [main=Main]: assert Tracker in { Main };
