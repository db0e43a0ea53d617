// A `param` global is read-only: assigning to it in machine code is rejected.
// expect-error: param-assigned

param nClients: int;

machine Main {
  start state Init {
    entry {
      nClients = 3;
    }
  }
}

test param (nClients in [1, 2]) tcClients [main=Main]: { Main };
