// The module binds Server to the interface IServer, which is not declared.
// expect-error: undefined-interface
machine Server {
  start state Serve { }
}

machine Main {
  start state Init { }
}

test tcMain [main=Main]: { Main, Server -> IServer };
