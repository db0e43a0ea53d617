// An assert failing three function calls below the handler is reported as an assertion failure.
// expect: assertion
// message: depth limit exceeded

machine Main {
  start state Init {
    entry {
      Level1(0);
    }
  }

  fun Level1(d: int) {
    Level2(d + 1);
  }

  fun Level2(d: int) {
    Level3(d + 1);
  }

  fun Level3(d: int) {
    assert d < 2, "depth limit exceeded";
  }
}
