// Fields, locals and default(T) hold each type's default: 0, false, 0.0, "", first enum element, null, empty collections, field-wise tuples.
// expect: no-bug

enum Color { Red, Green, Blue }
type tPoint = (x: int, y: int);

machine Main {
  var fi: int;
  var fb: bool;
  var ff: float;
  var fs: string;
  var fc: Color;
  var fe: event;
  var fm: machine;
  var ft: (int, bool);
  var fp: tPoint;
  var fq: seq[int];
  var fset: set[string];
  var fmap: map[int, int];
  var fa: any;
  var fd: data;

  start state Init {
    entry {
      var li: int;
      var ls: string;
      var lq: seq[tPoint];
      var nested: (a: seq[int], b: map[int, string], c: (bool, float));
      assert default(int) == 0 && fi == 0 && li == 0, "int";
      assert default(bool) == false && fb == false, "bool";
      assert default(float) == 0.0 && ff == 0.0, "float";
      assert default(string) == "" && fs == "" && ls == "", "string";
      assert default(Color) == Red && fc == Red, "enum";
      assert default(event) == null && fe == null, "event";
      assert default(machine) == null && fm == null, "machine";
      assert default((int, bool)) == (0, false) && ft == (0, false), "tuple";
      assert default(tPoint) == (x = 0, y = 0) && fp.x == 0 && fp.y == 0, "named tuple";
      assert sizeof(default(seq[int])) == 0 && sizeof(fq) == 0 && sizeof(lq) == 0, "seq";
      assert sizeof(default(set[string])) == 0 && sizeof(fset) == 0, "set";
      assert sizeof(default(map[int, int])) == 0 && sizeof(fmap) == 0, "map";
      assert default(any) == null && fa == null, "any";
      assert default(data) == null && fd == null, "data";
      assert sizeof(nested.a) == 0 && sizeof(nested.b) == 0, "nested collections";
      assert nested.c.0 == false && nested.c.1 == 0.0, "nested tuple";
    }
  }
}
