// seq: insert at an index, index read and write, remove by index, sizeof, in.
machine Main {
  start state Init {
    entry {
      var s: seq[int];
      s += (0, 5);
      s += (1, 7);
      s += (0, 3);
      assert s[0] == 3 && s[2] == 7;
      s[1] = s[1] * 2;
      s -= 0;
      assert sizeof(s) == 2;
      assert 10 in s;
      assert s[sizeof(s) - 1] == 7;
    }
  }
}
