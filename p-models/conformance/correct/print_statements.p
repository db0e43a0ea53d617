// print accepts string literals, format expressions and string-valued expressions and does not change the program state.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var name: string;
      var n: int;
      name = "world";
      n = 2;
      print "hello";
      print format("hello {0}, {1} times", name, n);
      print "con" + "cat";
      print name;
      assert name == "world" && n == 2, "printing has no side effect";
    }
  }
}
