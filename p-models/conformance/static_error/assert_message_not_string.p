// The assert message is an int; the optional message of assert must be a string.
// expect-error: assert-message-not-string
machine Main {
  var n: int;
  start state Init {
    entry {
      n = 5;
      assert n > 0, n;
    }
  }
}
