// Assignment copies a seq, so an assert expecting the original to see the copy's change fails.
// expect: assertion
// message: the original was not changed through the copy

machine Main {
  start state Init {
    entry {
      var a: seq[int];
      var b: seq[int];
      a += (0, 1);
      b = a;
      b[0] = 5;
      assert a[0] == 5, "the original was not changed through the copy";
    }
  }
}
