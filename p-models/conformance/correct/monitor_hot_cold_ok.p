// A liveness monitor that enters a hot state on each request and leaves it on each response ends cold, so no liveness bug.
// expect: no-bug

event eRequest: machine;
event eResponse;

spec EveryRequestAnswered observes eRequest, eResponse {
  var pending: int;

  start cold state Idle {
    on eRequest goto Busy with {
      pending = pending + 1;
    }
    on eResponse do {
      assert false, "response without request";
    }
  }

  hot state Busy {
    on eRequest do {
      pending = pending + 1;
    }
    on eResponse do {
      pending = pending - 1;
      if (pending == 0) {
        goto Idle;
      }
    }
  }
}

machine Main {
  start state Init {
    entry {
      var s: Server;
      var i: int;
      s = new Server();
      while (i < 3) {
        send s, eRequest, this;
        i = i + 1;
      }
    }
    on eResponse do { }
  }
}

machine Server {
  start state Serve {
    on eRequest do (m: machine) {
      send m, eResponse;
    }
  }
}

test tcHotCold [main=Main]: assert EveryRequestAnswered in { Main, Server };
