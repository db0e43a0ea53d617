// choose(seq) and choose(set) return an element of the collection, choose(map) returns one of its keys.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: seq[string];
      var st: set[int];
      var m: map[int, string];
      var one: seq[int];
      var x: string;
      var k: int;
      var i: int;
      s += (0, "a");
      s += (1, "b");
      s += (2, "c");
      st += (10);
      st += (20);
      st += (30);
      m[1] = "one";
      m[2] = "two";
      one += (0, 77);
      while (i < 10) {
        x = choose(s);
        assert x in s, "element of the seq";
        k = choose(st);
        assert k in st, "element of the set";
        k = choose(m);
        assert k in m && (k == 1 || k == 2), "a key of the map, not a value";
        i = i + 1;
      }
      assert choose(one) == 77, "choose from a one-element seq";
    }
  }
}
