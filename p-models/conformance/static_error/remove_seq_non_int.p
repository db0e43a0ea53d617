// A bool is used as the index removed from a seq; seq removal takes an int index.
// expect-error: remove-key-type
machine Main {
  var items: seq[string];
  start state Init {
    entry {
      items += (0, "a");
      items -= (true);
    }
  }
}
