// Where the checker widens values, packs payloads and binds handler
// parameters; `as` and `to`; format strings and defaults.

event ePair: (int, bool);
event eOne: (int,);
event eAny: any;
event eData: (x: int, y: int);
enum Level { LOW = 3, HIGH = 1 }
type tPoint = (x: int, y: int);

machine Main {
  var anys: seq[any];
  var ints: seq[int];
  var peer: machine;
  var point: tPoint;

  start state Init {
    entry {
      var a: any;
      var lvl: Level;
      var f: float;
      anys = ints;
      a = 1;
      peer = new Main();
      anys += (0, "text");
      send this, ePair, 1, true;
      send peer, eAny, point;
      send peer, eData, point;
      a = default(tPoint);
      point = a as tPoint;
      f = (lvl to int) to float;
      print format("{0} and {1}", point.x, lvl);
      assert peer != null, "peer is set";
    }
    on ePair do (p: (any, bool)) { }
    on eOne do (n: int) { }
    on eData goto Next with (v: any) { }
    ignore eAny;
  }

  state Next {
    entry (v: data) { }
  }
}
