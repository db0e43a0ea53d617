// Casting a data value that holds a seq to a map type is a failed-cast error.
// expect: cast

machine Main {
  start state Init {
    entry {
      var d: data;
      var s: seq[int];
      var m: map[int, int];
      s += (0, 1);
      d = s;
      m = d as map[int, int];
    }
  }
}
