// The foreach iterator item is not declared; P requires the loop variable to be a declared local.
// expect-error: undefined-variable
machine Main {
  var items: seq[int];
  var total: int;
  start state Init {
    entry {
      items += (0, 5);
      foreach (item in items) {
        total = total + 1;
      }
    }
  }
}
