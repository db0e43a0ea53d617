// The function Log has no return type but returns a value.
// expect-error: return-value-in-void
fun Log(code: int) {
  print format("code {0}", code);
  return code;
}

machine Main {
  start state Init {
    entry {
      Log(1);
    }
  }
}
