// `new I()` for an interface creates the machine bound to I by the test module `{M -> I}`, reachable through the interface's events.
// expect: no-bug

event eRequest: (client: machine, n: int);
event eResponse: int;

interface IServer() receives eRequest;

machine Client {
  start state Init {
    entry {
      var server: IServer;
      server = new IServer();
      send server, eRequest, (client = this, n = 20);
      receive {
        case eResponse: (v: int) {
          assert v == 21, "answered by the bound implementation";
        }
      }
    }
  }
}

machine IncrementServer {
  start state Serve {
    on eRequest do (req: (client: machine, n: int)) {
      send req.client, eResponse, req.n + 1;
    }
  }
}

test tcInterfaceBinding [main=Client]: { Client, IncrementServer -> IServer };
