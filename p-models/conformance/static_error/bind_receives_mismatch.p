// IServer accepts eReq and eStop, but the bound machine Server only receives eReq.
// expect-error: invalid-binding
event eReq;
event eStop;
interface IServer() receives eReq, eStop;

machine Server
receives eReq;
{
  start state Init {
    ignore eReq;
  }
}

machine Main {
  var s: IServer;
  start state Init {
    entry {
      s = new IServer();
      send s, eReq;
    }
  }
}

test tcMain [main=Main]: { Main, Server -> IServer };
