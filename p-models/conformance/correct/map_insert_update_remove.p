// Map `+= (k, v)` adds a new key, `m[k] = v` inserts or overwrites, and `-= (k)` removes a key (absent key: no-op).
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var m: map[string, int];
      m += ("x", 1);
      m += ("y", 2);
      assert sizeof(m) == 2 && m["x"] == 1 && m["y"] == 2, "insert adds keys";

      m["x"] = 10;
      assert m["x"] == 10 && sizeof(m) == 2, "index assignment overwrites";

      m["z"] = 3;
      assert sizeof(m) == 3 && m["z"] == 3, "index assignment inserts a missing key";

      m -= ("y");
      assert sizeof(m) == 2 && !("y" in m), "remove deletes the key";

      m -= ("absent");
      assert sizeof(m) == 2, "removing an absent key is a no-op";

      m += ("y", 20);
      assert m["y"] == 20 && sizeof(m) == 3, "a removed key can be inserted again";
    }
  }
}
