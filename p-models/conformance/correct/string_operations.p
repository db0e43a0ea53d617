// Strings support + concatenation, == / != by content, and < <= > >= ordering on plain lowercase text.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var a: string;
      var b: string;
      var c: string;
      a = "foo";
      b = "bar";
      c = a + b;
      assert c == "foobar", "concatenation";
      assert c != a, "different strings";
      assert a + "" == a && "" + "" == "", "empty string is neutral";
      assert "ab" + "c" == "a" + "bc", "equality compares contents";
      assert "apple" < "banana", "alphabetical order";
      assert "banana" > "apple", "reverse";
      assert "abc" <= "abc" && "abc" >= "abc", "equal strings";
      assert "ab" < "abc", "a prefix sorts first";
      assert "abc" < "abd", "first differing letter decides";
      assert "" < "a", "empty string sorts first";
      assert format("{0}{1}", a, b) == c, "format of strings";
    }
  }
}
