// Machine-local functions with parameters and return values, using fields.
machine Main {
  var scale: int;
  start state Init {
    entry {
      var r: (int, bool);
      scale = 3;
      r = Scaled(4);
      assert r.0 == 12 && r.1;
      assert Twice(Scaled(1).0) == 6;
    }
  }
  fun Scaled(n: int): (int, bool) {
    return (n * scale, n > 0);
  }
  fun Twice(n: int): int {
    var t: int;
    t = n + n;
    return t;
  }
}
