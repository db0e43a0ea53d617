// Assignment copies values: changing the copy of a seq, map, set or tuple leaves the original unchanged.
// expect: no-bug

machine Main {
  var field: seq[int];

  start state Init {
    entry {
      var a: seq[int];
      var b: seq[int];
      var m1: map[int, seq[int]];
      var m2: map[int, seq[int]];
      var s1: set[int];
      var s2: set[int];
      var t1: (n: int, items: seq[int]);
      var t2: (n: int, items: seq[int]);
      a += (0, 1);
      b = a;
      b += (1, 2);
      b[0] = 100;
      assert sizeof(a) == 1 && a[0] == 1, "seq copy";
      m1[1] = a;
      m2 = m1;
      m2[1] += (1, 5);
      m2[2] = b;
      assert sizeof(m1) == 1 && sizeof(m1[1]) == 1, "map copy, including nested seq";
      s1 += (1);
      s2 = s1;
      s2 += (2);
      assert sizeof(s1) == 1, "set copy";
      t1 = (n = 1, items = a);
      t2 = t1;
      t2.n = 2;
      t2.items[0] = 42;
      assert t1.n == 1 && t1.items[0] == 1, "tuple copy";
      field = a;
      a[0] = 7;
      assert field[0] == 1, "machine field copy";
    }
  }
}
