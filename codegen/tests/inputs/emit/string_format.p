// format with reordered and repeated arguments, escaped braces, and print.
machine Main {
  start state Init {
    entry {
      var s: string;
      s = format("{1}-{0}-{1} {{x}}", 1, "a");
      assert s == "a-1-a {{x}}", s;
      print format("value {0}", (3, true));
      print "plain";
    }
  }
}
