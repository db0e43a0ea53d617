// The checker explores both values of `$`, so an assert that fails when it is true is found.
// expect: assertion
// message: the coin came up true

machine Main {
  start state Init {
    entry {
      var b: bool;
      b = $;
      assert !b, "the coin came up true";
    }
  }
}
