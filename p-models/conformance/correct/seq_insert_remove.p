// Seq insert `+= (i, v)` shifts later elements right and `-= (i)` removes the element at index i.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var s: seq[string];
      s += (0, "b");
      s += (0, "a");
      s += (2, "d");
      s += (2, "c");
      assert sizeof(s) == 4, "four elements after the inserts";
      assert s[0] == "a" && s[1] == "b" && s[2] == "c" && s[3] == "d", "inserts shift later elements";

      s -= (1);
      assert sizeof(s) == 3, "one element removed";
      assert s[0] == "a" && s[1] == "c" && s[2] == "d", "removing index 1 removes b";

      s -= (2);
      assert sizeof(s) == 2 && s[0] == "a" && s[1] == "c", "removing the last index";

      s -= (0);
      assert sizeof(s) == 1 && s[0] == "c", "removing index 0";

      s -= (0);
      assert sizeof(s) == 0, "the seq is empty again";

      s += (sizeof(s), "x");
      s += (sizeof(s), "y");
      assert s[0] == "x" && s[1] == "y", "inserting at sizeof appends";
    }
  }
}
