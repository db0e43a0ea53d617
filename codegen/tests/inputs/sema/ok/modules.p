// The module system: primitive modules with renamed bindings, union,
// compose, hiding, renaming, specs attached with assert, implementations.

event eReq: machine;
event eResp;
event eLog;

interface IServer(int) receives eReq;
interface IBackup(int) receives eReq;

machine Server receives eReq; sends eResp, eLog; {
  start state Serve {
    entry (id: int) { }
    on eReq do (client: machine) { send client, eResp; announce eLog; }
  }
}

machine Client receives eResp; sends eReq; {
  start state Start {
    entry {
      var s: IServer;
      s = new IServer(1);
      send s, eReq, this;
    }
    on eResp do { }
  }
}

spec Audit observes eReq {
  start cold state Watching { on eReq do { } }
}

module Servers = { Server -> IServer };
module Renamed = rename IServer to IBackup in Servers;
module Clients = { Client };
module Whole = union Servers, Clients;

test tcMain [main = Client]: assert Audit in Whole;
test tcCompose [main = Client]: compose Servers, Clients;
implementation impl: Whole;
