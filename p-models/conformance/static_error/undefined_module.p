// The test refers to the named module serverModule, which is not declared.
// expect-error: undefined-module
machine Main {
  start state Init { }
}

module clientModule = { Main };

test tcMain [main=Main]: union clientModule, serverModule;
