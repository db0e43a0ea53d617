// The result of Log, a function without return type, is assigned to an int.
// expect-error: type-mismatch-assign
fun Log(msg: string) {
  print msg;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Log("hi");
    }
  }
}
