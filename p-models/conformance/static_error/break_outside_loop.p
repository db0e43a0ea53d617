// break appears outside any while or foreach loop.
// expect-error: break-outside-loop
machine Main {
  var n: int;
  start state Init {
    entry {
      if (n == 0) {
        break;
      }
    }
  }
}
