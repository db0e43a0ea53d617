// A request sent to a machine that has halted is dropped, so the requester blocked in receive deadlocks.
// expect: deadlock

event eRequest: machine;
event eResponse;

machine Main {
  start state Init {
    entry {
      var s: Server;
      s = new Server();
      send s, halt;
      send s, eRequest, this;
      receive {
        case eResponse: { }
      }
    }
  }
}

machine Server {
  start state Serve {
    on eRequest do (m: machine) {
      send m, eResponse;
    }
  }
}
