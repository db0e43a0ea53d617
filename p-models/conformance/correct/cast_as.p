// `e as T` recovers the concrete value stored in an any or data variable (int, string, tuples, collections, machine, event).
// expect: no-bug

event eTag;

machine Main {
  start state Init {
    entry {
      var x: any;
      var d: data;
      var i: int;
      var s: string;
      var t: (int, string);
      var nt: (a: int, b: bool);
      var q: seq[int];
      var q2: seq[int];
      var m: map[string, int];
      var mach: machine;
      var e: event;

      x = 5;
      i = x as int;
      assert i == 5, "any as int";
      x = "hi";
      s = x as string;
      assert s == "hi", "any as string";
      x = (1, "a");
      t = x as (int, string);
      assert t.0 == 1 && t.1 == "a", "any as tuple";
      d = (a = 3, b = true);
      nt = d as (a: int, b: bool);
      assert nt.a == 3 && nt.b, "data as named tuple";
      q += (0, 4);
      x = q;
      q2 = x as seq[int];
      assert sizeof(q2) == 1 && q2[0] == 4, "any as seq";
      m["k"] = 9;
      d = m;
      assert (d as map[string, int])["k"] == 9, "data as map, then indexed";
      x = this;
      mach = x as machine;
      assert mach == this, "any as machine";
      x = eTag;
      e = x as event;
      assert e == eTag, "any as event";
      x = i as any;
      assert x as int == 5, "up-cast to any and back";
    }
  }
}
