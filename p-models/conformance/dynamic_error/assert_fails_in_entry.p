// A failing assert in the main machine's start entry is reported as an assertion failure.
// expect: assertion
// message: the answer must be 41

machine Main {
  start state Init {
    entry {
      var x: int;
      x = 42;
      assert x == 41, "the answer must be 41";
    }
  }
}
