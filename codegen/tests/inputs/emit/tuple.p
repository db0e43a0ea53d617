// An unnamed tuple: construction, positional read and write.
machine Main {
  start state Init {
    entry {
      var t: (int, string, bool);
      var u: (int, string, bool);
      t = (7, "seven", true);
      u = t;
      u.0 = 8;
      assert t.0 == 7 && u.0 == 8;
      assert u.1 == "seven" && u.2;
    }
  }
}
