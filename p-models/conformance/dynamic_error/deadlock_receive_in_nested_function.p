// A receive two calls deep that waits for an acknowledgement the server never sends deadlocks the system.
// expect: deadlock

event eRequest: machine;
event eAck;

machine Main {
  start state Init {
    entry {
      var s: Server;
      s = new Server();
      Submit(s);
    }
  }

  fun Submit(s: Server) {
    send s, eRequest, this;
    WaitForAck();
  }

  fun WaitForAck() {
    receive {
      case eAck: { }
    }
  }
}

machine Server {
  start state Serve {
    on eRequest do (m: machine) { }
  }
}
