// An interface is declared with the same name as the machine Server, which already defines an interface of that name.
// expect-error: duplicate-interface
event eReq;
interface Server() receives eReq;

machine Server {
  start state Serve {
    ignore eReq;
  }
}

machine Main {
  start state Init {
    entry {
      new Server();
    }
  }
}
