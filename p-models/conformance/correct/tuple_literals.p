// Tuple and named-tuple literals, including the one-element forms `(v,)` and `(name = v,)`, build values whose fields read back.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var one: (int);
      var namedOne: (v: int);
      var pair: (int, string);
      var triple: (int, (bool, string), float);
      var rec: (id: int, tag: string);
      one = (5,);
      assert one.0 == 5, "one-element tuple";
      namedOne = (v = 6,);
      assert namedOne.v == 6, "one-element named tuple";
      pair = (1, "x");
      assert pair.0 == 1 && pair.1 == "x", "pair";
      triple = (1, (true, "in"), 2.5);
      assert triple.0 == 1 && triple.1.0 && triple.1.1 == "in" && triple.2 == 2.5, "nested tuple";
      rec = (id = 9, tag = "t");
      assert rec.id == 9 && rec.tag == "t", "named tuple";
      assert (1, 2) == (1, 2) && (1, 2) != (2, 1), "tuple equality is field-wise and ordered";
      assert (id = 9, tag = "t") == rec, "named tuple equality";
      assert (x = 1, y = (2, 3)).y.1 == 3, "field access on a literal";
    }
  }
}
