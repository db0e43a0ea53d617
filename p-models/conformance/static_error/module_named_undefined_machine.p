// The named module binds the machine Database to the declared interface IStore, but no machine Database exists.
// expect-error: undefined-machine
event eGet;
interface IStore() receives eGet;

machine Main {
  start state Init { }
}

module storage = { Database -> IStore };
module system = union { Main }, storage;

test tcMain [main=Main]: system;
