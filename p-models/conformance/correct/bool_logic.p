// The boolean operators && || ! follow their truth tables, with ! binding tighter than && and && tighter than ||.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var t: bool;
      var f: bool;
      t = true;
      assert t && t, "true && true";
      assert !(t && f) && !(f && t) && !(f && f), "&& is false otherwise";
      assert (t || f) && (f || t) && (t || t), "|| is true with one true";
      assert !(f || f), "false || false";
      assert t || f && f, "&& binds tighter than ||";
      assert !f && t, "! binds tighter than &&";
      assert (t != f) == true, "bool inequality";
    }
  }
}
