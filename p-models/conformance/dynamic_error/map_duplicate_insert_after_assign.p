// A key created by index assignment `m[k] = v` is present, so a later `m += (k, v)` is a duplicate-key error.
// expect: duplicate-key

machine Main {
  start state Init {
    entry {
      var m: map[string, bool];
      m["k"] = true;
      m += ("k", false);
    }
  }
}
