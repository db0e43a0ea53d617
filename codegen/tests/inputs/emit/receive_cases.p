// receive with several cases, with and without payloads.
event eA: int;
event eB;
event eC: (x: int, y: int);

machine Main {
  start state Init {
    entry {
      var got: int;
      send this, eC, (x = 1, y = 2);
      receive {
        case eA: (n: int) {
          got = n;
        }
        case eB: {
          got = -1;
        }
        case eC: (pt: (x: int, y: int)) {
          got = pt.x + pt.y;
        }
      }
      assert got == 3;
    }
  }
}
