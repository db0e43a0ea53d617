// The exit function Teardown takes a parameter; exit functions take no parameters.
// expect-error: exit-with-param
event eNext;

machine Main {
  fun Teardown(code: int) {
    print format("{0}", code);
  }

  start state Init {
    entry {
      raise eNext;
    }
    on eNext goto Done;
    exit Teardown;
  }

  state Done { }
}
