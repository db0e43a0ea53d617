// Reading a missing key of a map nested inside another map is a missing-key error.
// expect: missing-key

machine Main {
  start state Init {
    entry {
      var m: map[int, map[int, int]];
      var v: int;
      m[1] = default(map[int, int]);
      m[1][10] = 100;
      v = m[1][10];
      v = m[1][20];
    }
  }
}
