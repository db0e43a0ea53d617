// A liveness monitor left in a hot state when the execution ends (a request is never answered) is a liveness bug.
// expect: liveness

event eRequest;
event eResponse;

spec EventuallyAnswered observes eRequest, eResponse {
  start cold state Idle {
    on eRequest goto Waiting;
  }

  hot state Waiting {
    on eResponse goto Idle;
  }
}

machine Main {
  start state Init {
    entry {
      var s: SilentServer;
      s = new SilentServer();
      send s, eRequest;
    }
  }
}

machine SilentServer {
  start state Serve {
    on eRequest do { }
  }
}

test tcNeverAnswered [main=Main]: assert EventuallyAnswered in { Main, SilentServer };
