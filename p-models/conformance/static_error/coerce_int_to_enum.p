// An int is coerced to an enum with to; P only allows enum-to-int, never int-to-enum.
// expect-error: bad-coercion
enum Phase { ONE, TWO }

machine Main {
  var p: Phase;
  start state Init {
    entry {
      p = 1 to Phase;
    }
  }
}
