// The function parameter has the type tItem, which is declared nowhere.
// expect-error: undefined-type
fun Process(item: tItem) {
  print "processing";
}

machine Main {
  start state Init { }
}
