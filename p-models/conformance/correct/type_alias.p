// A type alias is interchangeable with the type it names, in variables, parameters, payloads and collections.
// expect: no-bug

type tPoint = (x: int, y: int);
type tPath = seq[tPoint];
type tRegistry = map[string, tPath];

event ePoint: tPoint;

fun Length(p: tPath): int {
  return sizeof(p);
}

fun Shift(p: (x: int, y: int), dx: int): tPoint {
  return (x = p.x + dx, y = p.y);
}

machine Main {
  start state Init {
    entry {
      var a: tPoint;
      var b: (x: int, y: int);
      var path: tPath;
      var reg: tRegistry;
      a = (x = 1, y = 2);
      b = a;
      assert a == b, "alias and structural type hold the same value";
      path += (0, a);
      path += (1, Shift(b, 10));
      assert Length(path) == 2 && path[1].x == 11, "alias in parameters and results";
      reg["p"] = path;
      assert reg["p"][1] == (x = 11, y = 2), "nested aliases";
      send this, ePoint, (x = 5, y = 6);
    }
    on ePoint do (p: (x: int, y: int)) {
      assert p.x == 5 && p.y == 6, "payload typed with the alias";
    }
  }
}
