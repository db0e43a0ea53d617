// A parametric test may bind only names declared with `param`.
// expect-error: param-test-unknown-param

param nClients: int;

machine Main {
  start state Init {
    entry {
      assert nClients > 0;
    }
  }
}

test param (nServers in [1, 2]) tcServers [main=Main]: { Main };
