// Server's constructor takes a string, so it cannot implement IServer, whose constructor payload is int.
// expect-error: invalid-binding
event eReq;
interface IServer(int) receives eReq;

machine Server {
  start state Init {
    entry (name: string) {
      print name;
    }
    ignore eReq;
  }
}

machine Main {
  var s: IServer;
  start state Init {
    entry {
      s = new IServer(1);
      send s, eReq;
    }
  }
}

test tcMain [main=Main]: { Main, Server -> IServer };
