// A numbered enum keeps its given values and its default is the element with the lowest value, not the first declared.
// expect: no-bug

enum Priority { High = 10, Low = 1, Medium = 5 }

machine Main {
  var p: Priority;

  start state Init {
    entry {
      var local: Priority;
      var t: (Priority, int);
      assert p == Low, "field default is the lowest-valued element";
      assert local == Low, "local default is the lowest-valued element";
      assert default(Priority) == Low, "default(Priority)";
      assert t.0 == Low, "tuple field default";
      assert (High to int) == 10 && (Low to int) == 1 && (Medium to int) == 5, "given values kept";
      p = Medium;
      assert p != Low && p == Medium, "assignment";
    }
  }
}
