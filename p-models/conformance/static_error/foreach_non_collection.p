// foreach iterates over an int; foreach needs a seq or a set.
// expect-error: foreach-non-collection
machine Main {
  var n: int;
  var i: int;
  var total: int;
  start state Init {
    entry {
      n = 3;
      foreach (i in n) {
        total = total + i;
      }
    }
  }
}
