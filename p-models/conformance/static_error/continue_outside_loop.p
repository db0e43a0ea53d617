// continue appears outside any while or foreach loop.
// expect-error: continue-outside-loop
fun Step(n: int): int {
  continue;
  return n + 1;
}

machine Main {
  var n: int;
  start state Init {
    entry {
      n = Step(1);
    }
  }
}
