// A plain enum: elements, default, comparison and conversion to int.
enum Color { Red, Green, Blue }

machine Main {
  var c: Color;
  start state Init {
    entry {
      assert c == Red, "default is the first element";
      c = Blue;
      assert c != Green;
      assert (c to int) == 2;
    }
  }
}
