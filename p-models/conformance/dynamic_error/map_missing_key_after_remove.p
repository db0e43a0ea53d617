// After `-= (k)` the key is gone, so reading it is a missing-key error.
// expect: missing-key

machine Main {
  start state Init {
    entry {
      var m: map[int, string];
      var s: string;
      m[1] = "one";
      m[2] = "two";
      m -= (1);
      s = m[2];
      s = m[1];
    }
  }
}
