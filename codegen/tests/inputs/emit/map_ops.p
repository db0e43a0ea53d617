// map: insert, update by index, read, remove, keys, values and in.
machine Main {
  start state Init {
    entry {
      var m: map[int, string];
      m += (1, "one");
      m[2] = "two";
      m[1] = "uno";
      assert m[1] == "uno";
      assert 2 in m && sizeof(keys(m)) == 2;
      m -= 2;
      assert !(2 in m);
      assert values(m)[0] == "uno";
    }
  }
}
