// format renders bool as True/False, enum as its number, tuples as <a,b,>, named tuples as <x:1, y:2, >, seqs as (a, b) and machines as Name(id).
// expect: no-bug

enum Status { Ok = 200, Bad = 500 }

machine Main {
  start state Init {
    entry {
      var s: seq[int];
      assert format("{0}", true) == "True" && format("{0}", false) == "False", "bool";
      assert format("{0}", Bad) == "500", "enum prints its value";
      assert format("{0}", 1.5) == "1.5", "float";
      assert format("{0}", (1, "a")) == "<1,a,>", "tuple";
      assert format("{0}", (x = 1, y = 2)) == "<x:1, y:2, >", "named tuple";
      s += (0, 1);
      s += (1, 2);
      s += (2, 3);
      assert format("{0}", s) == "(1, 2, 3)", "seq";
      assert format("{0}", this) == "Main(1)", "machine";
    }
  }
}
