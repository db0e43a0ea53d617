// A named tuple type alias: construction, field read and field write.
type Point = (x: int, y: int);

machine Main {
  var p: Point;
  start state Init {
    entry {
      var q: Point;
      p = (x = 1, y = 2);
      q = p;
      q.x = 10;
      assert p.x == 1, "q is a copy";
      assert q.x + q.y == 12;
    }
  }
}
