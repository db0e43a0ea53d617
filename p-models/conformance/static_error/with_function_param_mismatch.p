// The transition function for eLimit (payload int) declares a bool parameter.
// expect-error: handler-payload-mismatch
event eLimit: int;

machine Main {
  start state Init {
    entry {
      send this, eLimit, 4;
    }
    on eLimit goto Done with (flag: bool) {
      assert flag;
    }
  }

  state Done { }
}
